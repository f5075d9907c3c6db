#!/usr/bin/env bash
# TEST-ONLY key material for the clientcmd TLS tests. Never use these keys for anything else.
# Regenerate with: bash generate.sh   (needs OpenSSL 3; certificates are valid for 100 years)
set -euo pipefail
cd "$(dirname "$0")"
DAYS=36500

ca() { # name subject
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key"
  openssl req -x509 -new -key "$1.key" -sha256 -days $DAYS -subj "$2" -out "$1.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
}

leaf() { # name issuer subject extensions (key must exist as $name.key)
  openssl req -new -key "$1.key" -subj "$3" -out "$1.csr"
  printf '%s\n' "$4" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA "$2.crt" -CAkey "$2.key" -CAcreateserial -sha256 \
    -days $DAYS -extfile "$1.ext" -out "$1.crt"
  rm -f "$1.csr" "$1.ext"
}

SERVER_EXT='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth'
CLIENT_EXT='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth'

ca ca "/CN=kubegen-test-ca"
ca other-ca "/CN=kubegen-other-test-ca"

# Server for 127.0.0.1 / localhost, trusted through ca.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server.key
leaf server ca "/CN=127.0.0.1" "$SERVER_EXT
subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost"

# Server whose certificate names only kubernetes.internal.test (for tls-server-name).
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server-named.key
leaf server-named ca "/CN=kubernetes.internal.test" "$SERVER_EXT
subjectAltName=DNS:kubernetes.internal.test,DNS:*.wild.internal.test"

# Server for 127.0.0.1 signed by the other CA: untrusted by clients that trust ca.crt.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server-other-ca.key
leaf server-other-ca other-ca "/CN=127.0.0.1" "$SERVER_EXT
subjectAltName=IP:127.0.0.1,DNS:localhost"

# Client certificates, one per private key format.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out client-rsa-pkcs8.key
openssl pkey -in client-rsa-pkcs8.key -traditional -out client-rsa-pkcs1.key
cp client-rsa-pkcs8.key client-rsa.key
leaf client-rsa ca "/O=system:masters/CN=client-rsa" "$CLIENT_EXT"
rm client-rsa.key

# SEC1 EC keys exactly as `openssl ecparam -genkey` writes them (EC PARAMETERS block first).
openssl ecparam -name prime256v1 -genkey -out client-ec256-sec1.key
openssl pkcs8 -topk8 -nocrypt -in client-ec256-sec1.key -out client-ec256-pkcs8.key
cp client-ec256-pkcs8.key client-ec256.key
leaf client-ec256 ca "/O=system:masters/CN=client-ec256" "$CLIENT_EXT"
rm client-ec256.key

openssl ecparam -name secp384r1 -genkey -noout -out client-ec384-sec1.key
openssl pkcs8 -topk8 -nocrypt -in client-ec384-sec1.key -out client-ec384.key
leaf client-ec384 ca "/O=system:masters/CN=client-ec384" "$CLIENT_EXT"
rm client-ec384.key

# A second RSA client identity (exec plugin certificate rotation).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out client2-rsa.key
leaf client2-rsa ca "/O=system:masters/CN=client2-rsa" "$CLIENT_EXT"

rm -f ./*.srl

package io.kubegen.runtime.clientcmd;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough ASN.1 DER to read and re-wrap private keys: tag-length-value elements, INTEGER,
 * OCTET STRING, OBJECT IDENTIFIER and SEQUENCE. Errors are {@link IllegalArgumentException}s with
 * messages that describe structure, never content.
 */
final class Der {
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;

  private Der() {}

  /** One element: its tag and its contents. */
  record Element(int tag, byte[] contents) {
    List<Element> children() {
      return readAll(contents);
    }

    BigInteger integer() {
      expect(INTEGER);
      return new BigInteger(contents);
    }

    String oid() {
      expect(OID);
      return decodeOid(contents);
    }

    byte[] octets() {
      expect(OCTET_STRING);
      return contents;
    }

    void expect(int expected) {
      if (tag != expected) {
        throw new IllegalArgumentException(
            "expected DER tag 0x" + Integer.toHexString(expected) + " but found 0x"
                + Integer.toHexString(tag));
      }
    }
  }

  /** Reads exactly one element spanning all of {@code der}. */
  static Element read(byte[] der) {
    List<Element> all = readAll(der);
    if (all.size() != 1) {
      throw new IllegalArgumentException("expected one DER element, found " + all.size());
    }
    return all.get(0);
  }

  static List<Element> readAll(byte[] der) {
    List<Element> out = new ArrayList<>();
    int pos = 0;
    while (pos < der.length) {
      int tag = der[pos++] & 0xff;
      if ((tag & 0x1f) == 0x1f) {
        throw new IllegalArgumentException("multi-byte DER tags are not supported");
      }
      if (pos >= der.length) {
        throw new IllegalArgumentException("truncated DER element");
      }
      int first = der[pos++] & 0xff;
      int length;
      if (first < 0x80) {
        length = first;
      } else {
        int count = first & 0x7f;
        if (count == 0 || count > 4) {
          throw new IllegalArgumentException("unsupported DER length encoding");
        }
        length = 0;
        for (int i = 0; i < count; i++) {
          if (pos >= der.length) {
            throw new IllegalArgumentException("truncated DER length");
          }
          length = (length << 8) | (der[pos++] & 0xff);
        }
        if (length < 0) {
          throw new IllegalArgumentException("DER length out of range");
        }
      }
      if (length > der.length - pos) {
        throw new IllegalArgumentException("truncated DER element");
      }
      byte[] contents = new byte[length];
      System.arraycopy(der, pos, contents, 0, length);
      pos += length;
      out.add(new Element(tag, contents));
    }
    return out;
  }

  static String decodeOid(byte[] b) {
    if (b.length == 0) {
      throw new IllegalArgumentException("empty OID");
    }
    StringBuilder sb = new StringBuilder();
    long value = 0;
    boolean first = true;
    for (int i = 0; i < b.length; i++) {
      value = (value << 7) | (b[i] & 0x7f);
      if ((b[i] & 0x80) == 0) {
        if (first) {
          long arc1 = Math.min(value / 40, 2);
          sb.append(arc1).append('.').append(value - arc1 * 40);
          first = false;
        } else {
          sb.append('.').append(value);
        }
        value = 0;
      } else if (i == b.length - 1) {
        throw new IllegalArgumentException("truncated OID");
      }
    }
    return sb.toString();
  }

  static byte[] encodeOid(String dotted) {
    String[] parts = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeBase128(out, Long.parseLong(parts[0]) * 40 + Long.parseLong(parts[1]));
    for (int i = 2; i < parts.length; i++) {
      writeBase128(out, Long.parseLong(parts[i]));
    }
    return element(OID, out.toByteArray());
  }

  private static void writeBase128(ByteArrayOutputStream out, long value) {
    int groups = 1;
    for (long v = value >>> 7; v != 0; v >>>= 7) {
      groups++;
    }
    for (int g = groups - 1; g >= 0; g--) {
      int b = (int) ((value >>> (7 * g)) & 0x7f);
      out.write(g == 0 ? b : (b | 0x80));
    }
  }

  /** Encodes one element with the given tag around already-encoded contents. */
  static byte[] element(int tag, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
    out.write(tag);
    int len = contents.length;
    if (len < 0x80) {
      out.write(len);
    } else {
      int bytes = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((len >>> (8 * i)) & 0xff);
      }
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }

  static byte[] sequence(byte[]... encodedChildren) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] c : encodedChildren) {
      out.writeBytes(c);
    }
    return element(SEQUENCE, out.toByteArray());
  }

  static byte[] integer(long value) {
    return element(INTEGER, BigInteger.valueOf(value).toByteArray());
  }

  static byte[] nullValue() {
    return new byte[] {NULL, 0};
  }
}

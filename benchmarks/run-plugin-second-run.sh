#!/usr/bin/env bash
# The Maven plugin's second run with unchanged inputs: it must write nothing and take < 50 ms
# inside the build. Builds a throw-away project whose kubegen:generate execution reads the full
# Kubernetes 1.36 spec and the large corpus CRDs (about 2,300 generated files), runs
# `mvn generate-sources` once to generate, then RUNS more times, and reports the time the goal
# itself logs ("up to date, nothing written, checked in N ms") and whether any file under the
# output directory changed.
#
# Usage (from the repository root, after installing the plugin: mvn -B -q install -DskipTests):
#   benchmarks/run-plugin-second-run.sh
# Environment: RUNS (default 5), CORPUS (default ../shared/corpus), WORK (default
# benchmarks/target/plugin-second-run).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
CORPUS=$(cd "${CORPUS:-../shared/corpus}" && pwd)
WORK=${WORK:-benchmarks/target/plugin-second-run}
VERSION=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
rm -rf "$WORK" && mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

crds=""
for c in strimzi-kafka crunchy-postgres-postgrescluster cert-manager-v1.7.1-crds camel-k-integrationplatform \
    artemis-operator-activemqartemis; do
  crds+="<crd>$CORPUS/crds/$c.yaml</crd>"
done
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.kubegen</groupId>
  <artifactId>plugin-second-run</artifactId>
  <version>1.0</version>
  <build>
    <plugins>
      <plugin>
        <groupId>io.kubegen</groupId>
        <artifactId>maven-plugin</artifactId>
        <version>$VERSION</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
            <configuration>
              <specs><spec>$CORPUS/specs/v2/kubernetes-1.36.0.json</spec></specs>
              <crds>$crds</crds>
              <basePackage>bench.k8s</basePackage>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM

mvnw() { mvn -B -o -f "$WORK/pom.xml" generate-sources "$@"; }
mvnw -q >/dev/null || mvnw
OUT="$WORK/target/generated-sources/kubegen"
files=$(find "$OUT" -type f | wc -l)
touch "$WORK/stamp"
sleep 1
times=()
for ((r = 1; r <= RUNS; r++)); do
  line=$(mvnw | grep 'kubegen: ' || true)
  ms=$(sed -n 's/.*checked in \([0-9]*\) ms.*/\1/p' <<<"$line")
  [[ -n "$ms" ]] || { echo "run $r did not report an up-to-date check: $line" >&2; exit 1; }
  times+=("$ms")
done
changed=$(find "$OUT" -newer "$WORK/stamp" | wc -l)
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "output: $files files; runs: $RUNS; checked in (ms): ${times[*]}; median ${median} ms (target < 50)"
echo "files created or modified under the output by the second runs: $changed (target 0)"

#!/usr/bin/env bash
# The annotation processor's own cost: javac of N annotated kinds (default 200) with the processor
# on, against javac of the same classes plus the processor's output with the processor off.
# Alternates the two (A B A B ...) RUNS times after a warm-up and prints medians and the ratio.
#
# Usage (from the repository root, after mvn -B -q -pl annotation-processor -am package -DskipTests):
#   benchmarks/run-processor.sh [N]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
N=${1:-200}
RUNS=${RUNS:-5}
WORK=${WORK:-benchmarks/target/processor}
rm -rf "$WORK" && mkdir -p "$WORK/src/bench/kinds" "$WORK/on" "$WORK/off"

# Resolved dependencies: the processor's runtime scope (what a user's annotationProcessorPaths
# gets) and the runtime's compile scope. kubegen's own jars come from this reactor's target
# directories, not from the local repository, which may hold another build's snapshot.
mvn -B -q -o -pl annotation-processor dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$ROOT/$WORK/pp.txt" >/dev/null
mvn -B -q -o -pl client-runtime dependency:build-classpath -DincludeScope=compile \
  -Dmdep.outputFile="$ROOT/$WORK/cp.txt" >/dev/null
external() { tr ':' '\n' < "$1" | grep -v '/io/kubegen/' | paste -sd: -; }
RUNTIME=client-runtime/target/client-runtime-0.1.0-SNAPSHOT.jar
CP="$RUNTIME:$(external "$WORK/cp.txt")"
PP="annotation-processor/target/annotation-processor-0.1.0-SNAPSHOT.jar"
PP="$PP:generator-core/target/generator-core-0.1.0-SNAPSHOT.jar:$RUNTIME:$(external "$WORK/pp.txt")"

cat > "$WORK/src/bench/kinds/package-info.java" <<'JAVA'
@io.kubegen.runtime.annotations.Group("bench.example.com")
package bench.kinds;
JAVA
for i in $(seq 1 "$N"); do
  cat > "$WORK/src/bench/kinds/Kind$i.java" <<JAVA
package bench.kinds;

import io.kubegen.runtime.annotations.Version;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;

/** Benchmark kind $i. */
@Version("v1")
public class Kind$i implements KubernetesObject {
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata;
  /** The desired state. */
  public Spec spec;

  /** Spec of kind $i. */
  public static class Spec {
    /** A name. */
    public String name;
    /** A count. */
    public Integer count;
    /** Labels. */
    public java.util.Map<String, String> labels;
    /** Items. */
    public java.util.List<String> items;
  }

  @Override public String getApiVersion() { return apiVersion; }
  @Override public void setApiVersion(String apiVersion) { this.apiVersion = apiVersion; }
  @Override public String getKind() { return kind; }
  @Override public void setKind(String kind) { this.kind = kind; }
  @Override public ObjectMeta getMetadata() { return metadata; }
  @Override public void setMetadata(ObjectMeta metadata) { this.metadata = metadata; }
}
JAVA
  cat > "$WORK/src/bench/kinds/Kind${i}List.java" <<JAVA
package bench.kinds;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.ListMeta;
import java.util.List;

/** A list of Kind$i. */
public class Kind${i}List implements KubernetesListObject<Kind$i> {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private List<Kind$i> items;

  @Override public String getApiVersion() { return apiVersion; }
  @Override public void setApiVersion(String apiVersion) { this.apiVersion = apiVersion; }
  @Override public String getKind() { return kind; }
  @Override public void setKind(String kind) { this.kind = kind; }
  @Override public ListMeta getMetadata() { return metadata; }
  @Override public void setMetadata(ListMeta metadata) { this.metadata = metadata; }
  @Override public List<Kind$i> getItems() { return items; }
  @Override public void setItems(List<Kind$i> items) { this.items = items; }
}
JAVA
done
find "$WORK/src" -name '*.java' > "$WORK/sources.txt"

on() {
  rm -rf "$WORK/on" && mkdir -p "$WORK/on/classes" "$WORK/on/gen"
  javac --release 17 -cp "$CP" -processorpath "$PP" -d "$WORK/on/classes" -s "$WORK/on/gen" @"$WORK/sources.txt"
}
off() {
  rm -rf "$WORK/off" && mkdir -p "$WORK/off/classes"
  javac --release 17 -proc:none -cp "$CP" -d "$WORK/off/classes" @"$WORK/sources.txt" @"$WORK/generated.txt"
}
seconds() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$e - $s" | bc; }

on  # warm-up, and the generated sources the "off" side compiles as if already present
find "$WORK/on/gen" -name '*.java' > "$WORK/generated.txt"
off
ON=(); OFF=()
for _ in $(seq 1 "$RUNS"); do
  ON+=("$(seconds on)")
  OFF+=("$(seconds off)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
MON=$(median "${ON[@]}"); MOFF=$(median "${OFF[@]}")
echo "kinds: $N ($(wc -l < "$WORK/generated.txt") generated sources); runs: $RUNS"
echo "processor on:  median ${MON} s  (${ON[*]})"
echo "processor off: median ${MOFF} s  (${OFF[*]}; output already present)"
echo "ratio on/off: $(echo "scale=2; $MON / $MOFF" | bc)   (target <= 1.3)"

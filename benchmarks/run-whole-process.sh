#!/usr/bin/env bash
# Whole-process comparisons of kubegen with its peers, run as separate JVMs on the same inputs.
#
# Usage (from the repository root, after
#   mvn -B -P benchmarks -pl benchmarks,cli -am package -DskipTests):
#   benchmarks/run-whole-process.sh [CASE...]
# CASE is any of: spec  spec-javac  crds  crds-all   (default: all four)
#   spec        full Kubernetes 1.36 v2 spec: kubegen (complete client) vs openapi-generator -g java (models+apis)
#   spec-javac  the same plus javac of the output (openapi-generator also writes its supporting files here,
#               without which its output does not compile; its dependencies are fetched with Maven)
#   crds        each large corpus CRD: kubegen (complete client) vs fabric8 java-generator CLI (models only)
#   crds-all    the five large CRDs in one run of each tool
#
# Environment:
#   KUBEGEN_CMD  how to run kubegen; it gets "generate (--spec F|--crd F)... --package P --out D" appended.
#                Default: java -jar cli/target/kubegen-cli-*.jar (the CLI) when built, else
#                java -jar benchmarks/target/kubegen-generate.jar (GenerateMain: the same read, generate, write).
#   RUNS         timed runs of each command, alternating A B A B ... after one warm-up each (default 5)
#   CORPUS       the corpus folder (default ../shared/corpus)
#   WORK         scratch and result folder (default benchmarks/target/whole-process)
#   JAVA_OPTS    extra JVM options given to every java and javac (-J) run, both sides alike (default none)
#
# Needs /usr/bin/time (GNU time, Debian package "time": apt-get install -y time), java, javac, mvn.
# Prints a Markdown table per case (wall medians, min-max, ratio peer/kubegen of the medians and the
# range and median of the per-pair ratios; user+sys CPU medians and their ratio; peak RSS) and appends it to $WORK/results.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
CORPUS=${CORPUS:-../shared/corpus}
WORK=${WORK:-benchmarks/target/whole-process}
CLI_JAR=$(ls cli/target/kubegen-cli-*.jar 2>/dev/null | head -1 || true)
if [[ -n "$CLI_JAR" ]]; then
  KUBEGEN_CMD=${KUBEGEN_CMD:-java -jar $CLI_JAR}
else
  KUBEGEN_CMD=${KUBEGEN_CMD:-java -jar benchmarks/target/kubegen-generate.jar}
fi
JAVA_OPTS=${JAVA_OPTS:-}
PEERS=benchmarks/target/peers
OAG_JAR=$(ls $PEERS/openapi-generator-cli-*.jar 2>/dev/null | head -1 || true)
F8_JAR=$(ls $PEERS/java-generator-cli-*.jar 2>/dev/null | head -1 || true)
SPEC=$CORPUS/specs/v2/kubernetes-1.36.0.json
LARGE_CRDS=(strimzi-kafka crunchy-postgres-postgrescluster cert-manager-v1.7.1-crds camel-k-integrationplatform
  artemis-operator-activemqartemis)
OAG_PROPS_GEN=models,apis,modelTests=false,apiTests=false,modelDocs=false,apiDocs=false
OAG_PROPS_COMPILE=models,apis,supportingFiles,modelTests=false,apiTests=false,modelDocs=false,apiDocs=false

die() { echo "run-whole-process: $*" >&2; exit 1; }
[[ -x /usr/bin/time ]] || die "/usr/bin/time missing: apt-get install -y time"
[[ -f benchmarks/target/kubegen-runtime.classpath && -n "$OAG_JAR" && -n "$F8_JAR" ]] \
  || die "build first: mvn -B -P benchmarks -pl benchmarks,cli -am package -DskipTests"
[[ -f $SPEC ]] || die "corpus not found at $CORPUS (set CORPUS)"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RUNTIME_CP=$(cat benchmarks/target/kubegen-runtime.classpath)
JAVAC_J=""
for o in $JAVA_OPTS; do JAVAC_J+=" -J$o"; done

# java with the shared options: "java -jar x" -> "java $JAVA_OPTS -jar x"
with_opts() { local cmd=$1; echo "${cmd/#java /java $JAVA_OPTS }"; }
KG=$(with_opts "$KUBEGEN_CMD")

# openapi-generator's output needs okhttp, gson, ... to compile: take them from the pom it writes itself.
oag_deps() {
  local deps=$WORK/oag-deps
  if [[ ! -f $deps/.done ]]; then
    local probe=$WORK/oag-probe
    rm -rf "$probe"
    java -jar "$OAG_JAR" generate -g java -i "$SPEC" -o "$probe" --skip-validate-spec \
      --global-property supportingFiles >/dev/null 2>&1
    mvn -B -q -f "$probe/pom.xml" dependency:copy-dependencies -DincludeScope=compile -DoutputDirectory="$deps" >/dev/null
    touch "$deps/.done"
  fi
  ls "$deps"/*.jar | paste -sd:
}

# time_one LABEL OUTDIR COMMAND: runs COMMAND once in a fresh OUTDIR under /usr/bin/time -v;
# appends "LABEL wall_s rss_mib" to $WORK/samples.
time_one() {
  local label=$1 out=$2 cmd=$3 log
  rm -rf "$out"; mkdir -p "$out"
  log=$WORK/last-$label.log
  if ! /usr/bin/time -v -o "$log.time" bash -c "$cmd" >"$log" 2>&1; then
    tail -20 "$log" >&2; die "$label failed: $cmd"
  fi
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log.time")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$log.time")
  echo "$label $wall $rss $cpu" >>"$WORK/samples"
  printf '  %-34s %7.2f s wall %7.2f s cpu %6s MiB\n' "$label" "$wall" "$cpu" "$rss"
}

# compare NAME PEER_LABEL PEER_CMD KUBEGEN_CMD: warm-up each once, then RUNS alternating pairs; prints a row.
compare() {
  local name=$1 plabel=$2 pcmd=$3 kcmd=$4
  : >"$WORK/samples"
  echo "== $name"
  time_one warmup-peer "$WORK/out-peer" "$pcmd" && time_one warmup-kubegen "$WORK/out-kubegen" "$kcmd"
  : >"$WORK/samples"
  for ((r = 1; r <= RUNS; r++)); do
    time_one "peer-$r" "$WORK/out-peer" "$pcmd"
    time_one "kubegen-$r" "$WORK/out-kubegen" "$kcmd"
  done
  local pfiles kfiles
  pfiles=$(find "$WORK/out-peer" -name '*.java' | wc -l)
  kfiles=$(find "$WORK/out-kubegen" -name '*.java' | wc -l)
  python3 - "$WORK/samples" "$name" "$plabel" "$pfiles" "$kfiles" <<'PY' | tee -a "$WORK/results.md"
import statistics, sys
path, name, plabel, pfiles, kfiles = sys.argv[1:]
rows = [l.split() for l in open(path) if l.strip()]
peer = [(float(w), int(m), float(c)) for l, w, m, c in rows if l.startswith("peer-")]
kg = [(float(w), int(m), float(c)) for l, w, m, c in rows if l.startswith("kubegen-")]
med = statistics.median
pw, kw = [r[0] for r in peer], [r[0] for r in kg]
pr, kr = [r[1] for r in peer], [r[1] for r in kg]
pc, kc = [r[2] for r in peer], [r[2] for r in kg]
pair = med([p / k for p, k in zip(pw, kw)])
print(f"| {name} | {plabel}: {med(pw):.2f} s ({min(pw):.2f}-{max(pw):.2f}), cpu {med(pc):.1f} s, {med(pr):.0f} MiB, {pfiles} files "
      f"| kubegen: {med(kw):.2f} s ({min(kw):.2f}-{max(kw):.2f}), cpu {med(kc):.1f} s, {med(kr):.0f} MiB, {kfiles} files "
      f"| {med(pw) / med(kw):.2f}x (pairs {min(p / k for p, k in zip(pw, kw)):.2f}-{max(p / k for p, k in zip(pw, kw)):.2f}, median {pair:.2f}) "
      f"| {med(pc) / med(kc):.2f}x | {med(kr) / med(pr):.2f} |")
PY
}

header() {
  echo | tee -a "$WORK/results.md"
  echo "$(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); RUNS=$RUNS; KUBEGEN_CMD=$KUBEGEN_CMD" | tee -a "$WORK/results.md"
  echo "| case | peer: median s (min-max), peak RSS, output | kubegen: median s (min-max), peak RSS, output | wall speed-up peer/kubegen | cpu ratio peer/kubegen | peak RSS kubegen/peer |" | tee -a "$WORK/results.md"
  echo "|---|---|---|---|---|---|" | tee -a "$WORK/results.md"
}

javac_cmd() { # javac_cmd SRC_ROOT CLASSPATH
  echo "find $1 -name '*.java' > $WORK/srcs-\$\$.txt && mkdir -p $WORK/classes-\$\$ && javac$JAVAC_J --release 17 -nowarn -proc:none -implicit:none -encoding UTF-8 -cp '$2' -d $WORK/classes-\$\$ @$WORK/srcs-\$\$.txt; rc=\$?; rm -rf $WORK/classes-\$\$ $WORK/srcs-\$\$.txt; exit \$rc"
}

CASES=("$@")
[[ ${#CASES[@]} -gt 0 ]] || CASES=(spec spec-javac crds crds-all)
header
for c in "${CASES[@]}"; do
  case $c in
    spec)
      compare "1.36 spec, generate" "openapi-generator" \
        "java $JAVA_OPTS -jar $OAG_JAR generate -g java -i $SPEC -o $WORK/out-peer --skip-validate-spec --global-property $OAG_PROPS_GEN" \
        "$KG generate --spec $SPEC --package io.acme.k8s --out $WORK/out-kubegen"
      ;;
    spec-javac)
      OAG_CP=$(oag_deps)
      compare "1.36 spec, generate + javac" "openapi-generator (+supporting files)" \
        "java $JAVA_OPTS -jar $OAG_JAR generate -g java -i $SPEC -o $WORK/out-peer --skip-validate-spec --global-property $OAG_PROPS_COMPILE && $(javac_cmd "$WORK/out-peer/src/main/java" "$OAG_CP")" \
        "$KG generate --spec $SPEC --package io.acme.k8s --out $WORK/out-kubegen && $(javac_cmd "$WORK/out-kubegen" "$RUNTIME_CP")"
      ;;
    crds)
      for crd in "${LARGE_CRDS[@]}"; do
        compare "CRD $crd" "fabric8 java-generator" \
          "java $JAVA_OPTS -jar $F8_JAR -s $CORPUS/crds/$crd.yaml -t $WORK/out-peer" \
          "$KG generate --crd $CORPUS/crds/$crd.yaml --package io.acme.crds --out $WORK/out-kubegen"
      done
      ;;
    crds-all)
      rm -rf "$WORK/large-crds"; mkdir -p "$WORK/large-crds"
      args=""
      for crd in "${LARGE_CRDS[@]}"; do
        cp "$CORPUS/crds/$crd.yaml" "$WORK/large-crds/"
        args+=" --crd $WORK/large-crds/$crd.yaml"
      done
      compare "5 large CRDs together" "fabric8 java-generator" \
        "java $JAVA_OPTS -jar $F8_JAR -s $WORK/large-crds -t $WORK/out-peer" \
        "$KG generate$args --package io.acme.crds --out $WORK/out-kubegen"
      ;;
    *) die "unknown case $c (spec, spec-javac, crds, crds-all)" ;;
  esac
done

#!/usr/bin/env bash
# Warm evaluation: JMH (bench/jmh/, in-process, JIT warmed up) vs Nix's approximate evaluation time.
#
#   bench/eval-jmh.sh [--warmup N] [--iterations N] [--time S] [--forks N] [--nix-runs N] [-- JMH ARGS...]
#
# Builds bench/jmh/target/benchmarks.jar (mvn -pl bench/jmh -am package -DskipTests), prepares
# bench/target/eval/ (bench/eval/prepare.sh), then, side by side in one run:
#   1. times `nix-instantiate --eval --strict W.nix` for each workload W and `nix-instantiate --eval -E 1`
#      (process start-up alone) with hyperfine (else a loop of /usr/bin/time), --nix-runs runs each;
#   2. runs the JMH benchmarks (each op: new Evaluator, evaluate, force deeply) with --warmup iterations and
#      --iterations measured iterations of --time seconds each, in --forks forked JVMs;
#   3. times Nix again as in 1.
# Nix has no warm mode: its evaluation time is estimated as whole-process time minus start-up time
# (means over both Nix rounds). Prints nixj warm ms, Nix eval ms and their ratio.
# Arguments after `--` go to JMH as they are (e.g. `-- -prof gc`, or a benchmark name regex).
set -euo pipefail

WI=3 IT=5 TIME_S=1 FORKS=1 NIX_RUNS=10
JMH_EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) WI=$2; shift 2 ;;
    --iterations) IT=$2; shift 2 ;;
    --time) TIME_S=$2; shift 2 ;;
    --forks) FORKS=$2; shift 2 ;;
    --nix-runs) NIX_RUNS=$2; shift 2 ;;
    --) shift; JMH_EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT="$HERE/target/eval"
JAR="$HERE/jmh/target/benchmarks.jar"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export NIX_STATE_DIR=${NIX_STATE_DIR:-/tmp/nixstate-bench}
export NIX_CONFIG=${NIX_CONFIG:-build-users-group =}  # a fresh nix-bin install has no nixbld group
JAVA="$JAVA_HOME/bin/java"
NIX=$(command -v nix-instantiate) || { echo "nix-instantiate not found" >&2; exit 1; }
mkdir -p "$OUT" "$NIX_STATE_DIR"

echo "building $JAR ..." >&2
export MAVEN_OPTS=${MAVEN_OPTS:-"--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"}
(cd "$ROOT" && { mvn -q -o -pl bench/jmh -am package -DskipTests || mvn -q -pl bench/jmh -am package -DskipTests; }) >&2

"$HERE/eval/prepare.sh" "$OUT"
cd "$OUT"

WORKLOADS=(fib foldl attrs sort concat import modules derivations hashtree nixos nixosOptions)
NIX_CMDS=()
for w in "${WORKLOADS[@]}"; do NIX_CMDS+=("nix $w	$NIX --eval --strict $w.nix"); done
NIX_CMDS+=("nix startup	$NIX --eval -E 1")

# time_nix ROUND: appends name<TAB>mean seconds to $OUT/jmh-nix.tsv
time_nix() {
  if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine > /dev/null; then
    local args=()
    for c in "${NIX_CMDS[@]}"; do args+=(-n "${c%%	*}" "${c#*	}"); done
    hyperfine -N --warmup 1 --runs "$NIX_RUNS" --style none --export-json "$OUT/jmh-nix-$1.json" "${args[@]}" >&2
    python3 - "$OUT/jmh-nix-$1.json" >> "$OUT/jmh-nix.tsv" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]}\t{r["mean"]:.5f}')
EOF
  else
    local c name cmd i t
    for c in "${NIX_CMDS[@]}"; do
      name=${c%%	*}; cmd=${c#*	}; t=""
      for ((i = 0; i < NIX_RUNS; i++)); do
        # shellcheck disable=SC2086 # cmd is a word list
        /usr/bin/time -f %e -o "$OUT/time.txt" $cmd > /dev/null 2>&1; t="$t $(tail -1 "$OUT/time.txt")"
      done
      # shellcheck disable=SC2086
      python3 -c 'import sys, statistics as s; print(f"{sys.argv[1]}\t{s.mean(map(float, sys.argv[2:])):.5f}")' "$name" $t >> "$OUT/jmh-nix.tsv"
    done
  fi
}

: > "$OUT/jmh-nix.tsv"
echo "timing nix-instantiate (round 1 of 2), $NIX_RUNS runs each" >&2
time_nix 1
# The forked JVMs run with bin/nixj's options: its collector, and compact object headers where the JDK
# has them as a product option (JDK 25+; on 24 the probe fails, as they are experimental there).
FORK_OPTS="-XX:+UseParallelGC"
if "$JAVA" -XX:+UseCompactObjectHeaders -version > /dev/null 2>&1; then
  FORK_OPTS="$FORK_OPTS -XX:+UseCompactObjectHeaders"
fi
echo "JMH: $WI warmup + $IT measured iterations of ${TIME_S}s, $FORKS fork(s), JVM options: $FORK_OPTS" >&2
"$JAVA" -Dnixj.bench.dir="$OUT" -jar "$JAR" -wi "$WI" -w "${TIME_S}s" -i "$IT" -r "${TIME_S}s" -f "$FORKS" \
  -jvmArgsAppend "$FORK_OPTS" -rf json -rff "$OUT/jmh.json" "${JMH_EXTRA[@]}" >&2
echo "timing nix-instantiate (round 2 of 2)" >&2
time_nix 2

python3 - "$OUT/jmh.json" "$OUT/jmh-nix.tsv" "${WORKLOADS[@]}" <<'EOF'
import json, sys, statistics
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
nix = {}
for line in open(sys.argv[2]):
    name, t = line.rstrip("\n").split("\t")
    nix.setdefault(name, []).append(float(t) * 1000)
nix = {k: statistics.mean(v) for k, v in nix.items()}
start = nix["nix startup"]
print()
print(f"{'workload':<13}{'nixj warm ms':>14}{'± (99.9%)':>11}{'nix whole ms':>14}{'nix eval ms':>13}{'nixj/nix':>10}")
for w in sys.argv[3:]:
    m = jmh.get("importFiles" if w == "import" else w)
    if m is None:
        continue
    err = m["scoreError"]   # "NaN" with a single iteration
    err = f"{err:>11.1f}" if isinstance(err, (int, float)) and err == err else f"{'-':>11}"
    whole = nix[f"nix {w}"]
    ev = whole - start
    print(f"{w:<13}{m['score']:>14.1f}{err}{whole:>14.1f}{ev:>13.1f}{m['score'] / ev:>9.2f}x")
if "startup" in jmh:
    print(f"{'startup':<13}{jmh['startup']['score']:>14.2f}{'':>11}{start:>14.1f}{'':>13}   "
          "(nixj: new Evaluator + `1`; nix: `--eval -E 1` whole process)")
print("(nix eval ms = nix whole - nix startup: Nix's approximate evaluation time; means of both Nix rounds)")
EOF

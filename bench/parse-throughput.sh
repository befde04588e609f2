#!/usr/bin/env bash
# Whole-process parse throughput: `nixj instantiate --parse FILE` vs `nix-instantiate --parse FILE`.
#
#   bench/parse-throughput.sh [--runs N] [--warmup N] [--flags] [--no-check] [--synthetic-mb MB] [--realworld-mb MB]
#
# Generates bench/target/{synthetic,realworld}.nix (bench/generate.py), builds cli/target/nixj.jar if it is
# missing, checks both tools accept both files and print the same thing (after bench/normalize.py, which
# irons out Nix 2.8's known printing differences), then times every command side by side in one run,
# output to /dev/null, with hyperfine if installed (else a bash loop over `date +%s.%N`).
# NO_HYPERFINE=1 forces the bash loop (interleaved rounds: better under drifting load).
# --flags additionally times nixj on realworld.nix under several JVM flag sets (launcher unchanged; report only).
# BASELINE_JAR=/path/to/nixj.jar additionally times that jar (say, a build of an earlier commit) as
# "baseline", checks its output too, and reports it next to nixj.
set -euo pipefail

RUNS=3 WARMUP=1 FLAGS=0 CHECK=1 SYN_MB=20 RW_MB=6
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --flags) FLAGS=1; shift ;;
    --no-check) CHECK=0; shift ;;
    --synthetic-mb) SYN_MB=$2; shift 2 ;;
    --realworld-mb) RW_MB=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT="$HERE/target"
JAR="$ROOT/cli/target/nixj.jar"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export NIX_STATE_DIR=${NIX_STATE_DIR:-/tmp/nixstate-bench}
export NIX_CONFIG=${NIX_CONFIG:-build-users-group =}  # a fresh nix-bin install has no nixbld group
JAVA="$JAVA_HOME/bin/java"
NIX=$(command -v nix-instantiate) || { echo "nix-instantiate not found" >&2; exit 1; }
BASELINE_JAR=${BASELINE_JAR:-}
if [ -n "$BASELINE_JAR" ]; then
  BASELINE_JAR=$(cd "$(dirname "$BASELINE_JAR")" && pwd)/$(basename "$BASELINE_JAR")
  [ -f "$BASELINE_JAR" ] || { echo "BASELINE_JAR not found: $BASELINE_JAR" >&2; exit 1; }
fi
mkdir -p "$OUT" "$NIX_STATE_DIR"

if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  export MAVEN_OPTS=${MAVEN_OPTS:-"--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"}
  (cd "$ROOT" && { mvn -q -o -DskipTests package || mvn -q -DskipTests package; })
fi

python3 "$HERE/generate.py" "$OUT" --synthetic-mb "$SYN_MB" --realworld-mb "$RW_MB"
cd "$OUT"   # both tools print paths absolute, relative to the file: same directory, same output

if [ "$CHECK" = 1 ]; then
  for f in synthetic realworld; do
    "$NIX" --parse "$f.nix" > "$f.nix.out"
    python3 "$HERE/normalize.py" < "$f.nix.out" > "$f.nix.norm"
    for tool in nixj ${BASELINE_JAR:+baseline}; do
      jar=$JAR; [ "$tool" = baseline ] && jar=$BASELINE_JAR
      "$JAVA" -jar "$jar" instantiate --parse "$f.nix" > "$f.$tool.out"
      python3 "$HERE/normalize.py" < "$f.$tool.out" > "$f.$tool.norm"
      if cmp -s "$f.nix.norm" "$f.$tool.norm"; then
        echo "check $f.nix: nix-instantiate and $tool agree ($(wc -c < "$f.nix.norm") normalised bytes)" >&2
      else
        echo "check $f.nix: OUTPUTS DIFFER (see $OUT/$f.*.norm)" >&2; exit 1
      fi
      rm -f "$f.$tool.out" "$f.$tool.norm"
    done
    rm -f "$f.nix.out" "$f.nix.norm"
  done
fi

# name<TAB>command, run in $OUT
CMDS=(
  "nix synthetic	$NIX --parse synthetic.nix"
  "nixj synthetic	$JAVA -jar $JAR instantiate --parse synthetic.nix"
  "nix realworld	$NIX --parse realworld.nix"
  "nixj realworld	$JAVA -jar $JAR instantiate --parse realworld.nix"
  "nix --version	$NIX --version"
  "nixj --version	$JAVA -jar $JAR --version"
)
if [ -n "$BASELINE_JAR" ]; then
  CMDS+=(
    "baseline synthetic	$JAVA -jar $BASELINE_JAR instantiate --parse synthetic.nix"
    "baseline realworld	$JAVA -jar $BASELINE_JAR instantiate --parse realworld.nix"
  )
fi
if [ "$FLAGS" = 1 ]; then
  for fl in "-XX:+UseParallelGC" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1" \
            "-XX:+UseParallelGC -XX:TieredStopAtLevel=1" "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" \
            "-Xshare:off" "-Xmx1g" "-XX:+UseParallelGC -Xms2g" ; do
    for f in realworld; do   # synthetic too would take ~30 s per run and flag set
      CMDS+=("nixj $f [$fl]	$JAVA $fl -jar $JAR instantiate --parse $f.nix")
    done
  done
fi

RESULTS="$OUT/results.tsv"   # name<TAB>mean<TAB>stddev<TAB>min
: > "$RESULTS"
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine > /dev/null; then
  echo "timing with $(hyperfine --version), $RUNS runs + $WARMUP warmup each" >&2
  args=()
  for c in "${CMDS[@]}"; do args+=(-n "${c%%	*}" "${c#*	}"); done
  hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --style basic --export-json "$OUT/hyperfine.json" "${args[@]}" >&2
  python3 - "$OUT/hyperfine.json" >> "$RESULTS" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]}\t{r["mean"]:.4f}\t{r["stddev"] or 0:.4f}\t{r["min"]:.4f}')
EOF
else
  echo "bash loop (no hyperfine, or NO_HYPERFINE set), $RUNS runs + $WARMUP warmup each, interleaved" >&2
  declare -A SUM MIN SQ
  for ((i = -WARMUP; i < RUNS; i++)); do
    for c in "${CMDS[@]}"; do
      name=${c%%	*}; cmd=${c#*	}
      t0=$(date +%s.%N); $cmd > /dev/null; t1=$(date +%s.%N)
      if [ "$i" -ge 0 ]; then
        d=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
        SUM[$name]=$(awk -v s="${SUM[$name]:-0}" -v d="$d" 'BEGIN { printf "%.6f", s + d }')
        SQ[$name]=$(awk -v s="${SQ[$name]:-0}" -v d="$d" 'BEGIN { printf "%.6f", s + d * d }')
        MIN[$name]=$(awk -v m="${MIN[$name]:-}" -v d="$d" 'BEGIN { printf "%.6f", (m == "" || d < m) ? d : m }')
      fi
    done
  done
  for c in "${CMDS[@]}"; do
    name=${c%%	*}
    python3 -c 'import sys,math; s,q,m,n=map(float,sys.argv[1:5]); mu=s/n; print(f"{sys.argv[5]}\t{mu:.4f}\t{math.sqrt(max(q/n-mu*mu,0)):.4f}\t{m:.4f}")' \
      "${SUM[$name]}" "${SQ[$name]}" "${MIN[$name]}" "$RUNS" "$name" >> "$RESULTS"
  done
fi

python3 - "$RESULTS" "$OUT" <<'EOF'
import os, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
res = {r[0]: tuple(map(float, r[1:])) for r in rows}
size = lambda f: os.path.getsize(os.path.join(sys.argv[2], f))
print()
print(f"{'file':<14}{'size MB':>8}  {'nix mean s':>11}{'nixj mean s':>12}  {'nixj/nix':>8}  {'nix MB/s':>9}{'nixj MB/s':>10}")
for f in ("synthetic", "realworld"):
    n, j = res[f"nix {f}"][0], res[f"nixj {f}"][0]
    mb = size(f + ".nix") / 1e6
    print(f"{f + '.nix':<14}{mb:>8.1f}  {n:>11.3f}{j:>12.3f}  {j / n:>8.2f}  {mb / n:>9.2f}{mb / j:>10.2f}")
n, j = res["nix --version"][0], res["nixj --version"][0]
print(f"{'--version':<14}{'':>8}  {n:>11.3f}{j:>12.3f}  {j / n:>8.2f}   (process startup alone)")
if "baseline synthetic" in res:
    print()
    print(f"{'file':<14}{'baseline s':>11}{'nixj s':>9}  {'baseline/nix':>12}{'nixj/nix':>9}  {'speed-up':>8}")
    for f in ("synthetic", "realworld"):
        n, j, b = res[f"nix {f}"][0], res[f"nixj {f}"][0], res[f"baseline {f}"][0]
        print(f"{f + '.nix':<14}{b:>11.3f}{j:>9.3f}  {b / n:>12.2f}{j / n:>9.2f}  {b / j:>8.2f}")
flag_rows = [r for r in rows if "[" in r[0]]
if flag_rows:
    print()
    print(f"{'nixj JVM flags':<48}{'file':<11}{'mean s':>8}{'vs default':>11}")
    for r in flag_rows:
        name = r[0]; f = name.split()[1]; flags = name[name.index("[") + 1:-1]
        print(f"{flags:<48}{f:<11}{float(r[1]):>8.3f}{float(r[1]) / res['nixj ' + f][0]:>11.2f}")
EOF

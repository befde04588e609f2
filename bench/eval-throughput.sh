#!/usr/bin/env bash
# Whole-process evaluation: `bin/nixj instantiate --eval --strict F` vs `nix-instantiate --eval --strict F`.
#
#   bench/eval-throughput.sh [--runs N] [--warmup N] [--rss-runs N] [--no-check] [--only NAME[,NAME...]]
#
# Prepares bench/target/eval/ (bench/eval/prepare.sh: the workload files and the 1,000 files import.nix
# imports), builds cli/target/nixj.jar if it is missing, checks that both tools print the same result for
# every workload, then times every command side by side in one run, output to /dev/null, with hyperfine
# if installed (else interleaved rounds of /usr/bin/time), and measures each command's peak RSS with
# `/usr/bin/time -f %M` (median of --rss-runs runs). nixj runs through bin/nixj, so its JVM options are the
# launcher's plus NIXJ_JAVA_OPTS. NO_HYPERFINE=1 forces the loop (better under drifting load).
set -euo pipefail

RUNS=5 WARMUP=1 RSS_RUNS=3 CHECK=1 ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --rss-runs) RSS_RUNS=$2; shift 2 ;;
    --no-check) CHECK=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT="$HERE/target/eval"
JAR="$ROOT/cli/target/nixj.jar"
NIXJ="$ROOT/bin/nixj"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export NIX_STATE_DIR=${NIX_STATE_DIR:-/tmp/nixstate-bench}
export NIX_CONFIG=${NIX_CONFIG:-build-users-group =}  # a fresh nix-bin install has no nixbld group
NIX=$(command -v nix-instantiate) || { echo "nix-instantiate not found" >&2; exit 1; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "$TIME not found (apt-get install -y time)" >&2; exit 1; }
mkdir -p "$OUT" "$NIX_STATE_DIR"

if [ -z "${NO_HYPERFINE:-}" ] && ! command -v hyperfine > /dev/null && [ "$(id -u)" = 0 ] \
    && command -v apt-get > /dev/null; then
  echo "hyperfine missing: trying apt-get install -y hyperfine" >&2
  apt-get install -y -q hyperfine > /dev/null 2>&1 || echo "could not install hyperfine; using the loop" >&2
fi

if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  export MAVEN_OPTS=${MAVEN_OPTS:-"--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"}
  (cd "$ROOT" && { mvn -q -o -DskipTests package || mvn -q -DskipTests package; }) >&2
fi

"$HERE/eval/prepare.sh" "$OUT"
cd "$OUT"

WORKLOADS=(fib foldl attrs sort concat import modules derivations hashtree)
if [ -n "$ONLY" ]; then IFS=, read -r -a WORKLOADS <<< "$ONLY"; fi

if [ "$CHECK" = 1 ]; then
  for w in "${WORKLOADS[@]}"; do
    "$NIX" --eval --strict "$w.nix" > "$w.nix.out" 2>&1 || { echo "check $w: nix-instantiate failed:" >&2; cat "$w.nix.out" >&2; exit 1; }
    "$NIXJ" instantiate --eval --strict "$w.nix" > "$w.nixj.out" 2>&1 || { echo "check $w: nixj failed:" >&2; head -c 2000 "$w.nixj.out" >&2; exit 1; }
    if cmp -s "$w.nix.out" "$w.nixj.out"; then
      echo "check $w.nix: both print $(head -c 120 "$w.nix.out")" >&2
    else
      echo "check $w.nix: OUTPUTS DIFFER: nix $(head -c 200 "$w.nix.out") / nixj $(head -c 200 "$w.nixj.out")" >&2; exit 1
    fi
  done
fi

# name<TAB>command, run in $OUT
CMDS=()
for w in "${WORKLOADS[@]}"; do
  CMDS+=("nix $w	$NIX --eval --strict $w.nix" "nixj $w	$NIXJ instantiate --eval --strict $w.nix")
done
CMDS+=("nix startup	$NIX --eval -E 1" "nixj startup	$NIXJ instantiate --eval -E 1")

RESULTS="$OUT/results.tsv"   # name<TAB>mean<TAB>stddev<TAB>min<TAB>mean user+sys CPU (seconds)
: > "$RESULTS"
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine > /dev/null; then
  echo "timing with $(hyperfine --version), $RUNS runs + $WARMUP warmup each" >&2
  args=()
  for c in "${CMDS[@]}"; do args+=(-n "${c%%	*}" "${c#*	}"); done
  hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --style basic --export-json "$OUT/hyperfine.json" "${args[@]}" >&2
  python3 - "$OUT/hyperfine.json" >> "$RESULTS" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]}\t{r["mean"]:.4f}\t{r["stddev"] or 0:.4f}\t{r["min"]:.4f}\t{r["user"] + r["system"]:.4f}')
EOF
else
  echo "loop with $TIME (no hyperfine, or NO_HYPERFINE set), $RUNS runs + $WARMUP warmup each, interleaved" >&2
  declare -A TIMES CPU
  for ((i = -WARMUP; i < RUNS; i++)); do
    for c in "${CMDS[@]}"; do
      name=${c%%	*}; cmd=${c#*	}
      # shellcheck disable=SC2086 # cmd is a word list
      "$TIME" -f "%e %U %S" -o "$OUT/time.txt" $cmd > /dev/null 2>&1
      read -r t u s < <(tail -1 "$OUT/time.txt")
      if [ "$i" -ge 0 ]; then
        TIMES[$name]="${TIMES[$name]:-} $t"
        CPU[$name]="${CPU[$name]:-} $(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')"
      fi
    done
  done
  for c in "${CMDS[@]}"; do
    name=${c%%	*}
    python3 -c 'import sys, statistics as s; n = (len(sys.argv) - 2) // 2; t = list(map(float, sys.argv[2:2 + n]));
c = list(map(float, sys.argv[2 + n:]));
print(f"{sys.argv[1]}\t{s.mean(t):.4f}\t{(s.pstdev(t)):.4f}\t{min(t):.4f}\t{s.mean(c):.4f}")' "$name" ${TIMES[$name]} ${CPU[$name]} >> "$RESULTS"
  done
fi

# Peak RSS (KB): median of RSS_RUNS runs of each command, interleaved.
RSS="$OUT/rss.tsv"
: > "$RSS"
echo "peak RSS: $RSS_RUNS runs of each command with $TIME -f %M" >&2
declare -A KB
for ((i = 0; i < RSS_RUNS; i++)); do
  for c in "${CMDS[@]}"; do
    name=${c%%	*}; cmd=${c#*	}
    # shellcheck disable=SC2086
    "$TIME" -f %M -o "$OUT/time.txt" $cmd > /dev/null 2>&1; kb=$(tail -1 "$OUT/time.txt")
    KB[$name]="${KB[$name]:-} $kb"
  done
done
for c in "${CMDS[@]}"; do
  name=${c%%	*}
  python3 -c 'import sys, statistics as s; print(f"{sys.argv[1]}\t{s.median(map(int, sys.argv[2:]))}")' "$name" ${KB[$name]} >> "$RSS"
done

python3 - "$RESULTS" "$RSS" "${WORKLOADS[@]}" <<'EOF'
import sys
res = {l.split("\t")[0]: list(map(float, l.split("\t")[1:])) for l in open(sys.argv[1]) if l.strip()}
rss = {l.split("\t")[0]: float(l.split("\t")[1]) / 1024 for l in open(sys.argv[2]) if l.strip()}
print()
print(f"{'workload':<10}{'nix s':>8}{'nixj s':>8}{'nixj/nix':>10}  {'nix min':>8}{'nixj min':>9}{'ratio':>7}"
      f"  {'nix cpu':>8}{'nixj cpu':>9}{'ratio':>7}  {'nix MB':>7}{'nixj MB':>8}{'nixj/nix':>9}")
for w in sys.argv[3:] + ["startup"]:
    n, j = res[f"nix {w}"], res[f"nixj {w}"]
    rn, rj = rss[f"nix {w}"], rss[f"nixj {w}"]
    print(f"{w:<10}{n[0]:>8.3f}{j[0]:>8.3f}{j[0] / n[0]:>9.2f}x  {n[2]:>8.3f}{j[2]:>9.3f}{j[2] / n[2]:>6.2f}x"
          f"  {n[3]:>8.3f}{j[3]:>9.3f}{j[3] / n[3]:>6.2f}x  {rn:>7.0f}{rj:>8.0f}{rj / rn:>8.2f}x")
print("(s: mean wall clock of the whole process; min: fastest run; cpu: mean user+sys CPU seconds;")
print(" MB: median peak RSS; startup: --eval -E 1)")
EOF

#!/usr/bin/env bash
# Start-up, whole process: `bin/nixj eval --expr '1 + 1'` with its AOT cache, without it (NIXJ_CDS=0), and
# `nix eval --expr '1 + 1'` (Nix 2.8), side by side in one run; then the example rescue flake's host name
# through `nixj eval`, the evaluation the cache's training run resembles.
#
#   bench/startup.sh [--runs N]
#
# The cache is made by a training run in the background after the first command that finds none (bin/nixj);
# this script runs one command and waits for the cache before timing. Runs alternate between the commands;
# the means are printed. Builds cli/target/nixj.jar if it is missing.
set -euo pipefail

RUNS=8
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
NIXJ=$ROOT/bin/nixj
OUT=$(mktemp -d /tmp/nixj-startup-bench.XXXXXX)
trap 'chmod -R u+w "$OUT" 2>/dev/null; rm -rf "$OUT"' EXIT
[ -f "$ROOT/cli/target/nixj.jar" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)
NIX=$(command -v nix) || { echo "nix not found (Debian: apt-get install nix-bin)" >&2; exit 1; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/nixj
"$NIXJ" eval --expr 1 >/dev/null
for _ in $(seq 1 120); do
  if ! ls "$cache"/nixj-*.training >/dev/null 2>&1; then break; fi
  sleep 1
done

LIB=$ROOT/modules-lib/src/main/nix
cp -r "$ROOT/examples/rescue-flake" "$OUT/flake"
rm -f "$OUT/flake/flake.lock"
"$NIXJ" flake lock "$OUT/flake" --override-input nixpkgs "path:$LIB" >/dev/null 2>&1

declare -A total
commands=(cached uncached nix rescue)
run() {
  case "$1" in
    cached) "$NIXJ" eval --expr '1 + 1' ;;
    uncached) NIXJ_CDS=0 "$NIXJ" eval --expr '1 + 1' ;;
    nix) NIX_STATE_DIR="$OUT/nix-state" HOME="$OUT" NIX_CONFIG="build-users-group =" \
           "$NIX" --extra-experimental-features 'nix-command flakes' --store "$OUT/nix-root" eval --expr '1 + 1' ;;
    rescue) "$NIXJ" eval "$OUT/flake#rescue" --override-input nixpkgs "path:$LIB" \
              --apply 'x: x.passthru.config.networking.hostName' ;;
  esac
}
for c in "${commands[@]}"; do run "$c" >/dev/null 2>&1; total[$c]=0; done
for _ in $(seq 1 "$RUNS"); do
  for c in "${commands[@]}"; do
    start=$(date +%s.%N)
    run "$c" >/dev/null 2>&1
    end=$(date +%s.%N)
    total[$c]=$(echo "${total[$c]} + $end - $start" | bc -l)
  done
done
mean() { echo "${total[$1]} / $RUNS" | bc -l; }
echo "mean of $RUNS runs, whole process ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
printf 'nixj eval --expr (AOT cache)     %6.3f s\n' "$(mean cached)"
printf 'nixj eval --expr (NIXJ_CDS=0)    %6.3f s\n' "$(mean uncached)"
printf 'nix eval --expr (Nix 2.8)        %6.3f s   ratio cached/nix %5.1fx\n' "$(mean nix)" "$(echo "$(mean cached) / $(mean nix)" | bc -l)"
printf 'nixj eval rescue hostName        %6.3f s\n' "$(mean rescue)"

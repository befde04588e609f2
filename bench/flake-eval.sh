#!/usr/bin/env bash
# Whole-process flake evaluation: `bin/nixj eval .#x --json` vs `nix eval .#x --json` (Nix 2.8) on the same
# flake, side by side in one run.
#
#   bench/flake-eval.sh [--runs N]
#
# The flake (made in a temporary folder outside the repository, which is a Git work tree) has three path inputs and evaluates a small module system
# configuration with the `lib` of its `nixpkgs` input, which both tools take from modules-lib
# (`--override-input nixpkgs path:modules-lib/src/main/nix`, so neither writes the lock file). "First" is a
# run with empty caches (a fresh nixj store and Nix state directory each time: every input is copied and
# hashed); "warm" runs find the inputs already in their stores. Runs alternate between the tools; the means
# and their ratio are printed. Builds cli/target/nixj.jar if it is missing.
set -euo pipefail

RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT=$(mktemp -d /tmp/nixj-flake-bench.XXXXXX)
trap 'chmod -R u+w "$OUT" 2>/dev/null; rm -rf "$OUT"' EXIT
NIX=$(command -v nix) || { echo "nix not found (Debian: apt-get install nix-bin)" >&2; exit 1; }
[ -f "$ROOT/cli/target/nixj.jar" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)

for name in a b c; do
  mkdir -p "$OUT/$name"
  cat > "$OUT/$name/flake.nix" <<NIX
{ outputs = { self }: { module = { lib, ... }: { options.$name = lib.mkOption { type = lib.types.int; default = 1; }; }; }; }
NIX
done
mkdir -p "$OUT/root"
cat > "$OUT/root/flake.nix" <<NIX
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.a.url = "path:$OUT/a";
  inputs.b.url = "path:$OUT/b";
  inputs.c.url = "path:$OUT/c";
  outputs = { self, nixpkgs, a, b, c }: {
    x = (nixpkgs.lib.evalModules { modules = [ a.module b.module c.module { b = 2; c = 3; } ]; }).config;
  };
}
NIX

override=(--override-input nixpkgs "path:$ROOT/modules-lib/src/main/nix")
nixj_cmd() { "$ROOT/bin/nixj" eval "$OUT/root#x" --json "${override[@]}" --store "$OUT/nixj-store"; }
nix_cmd() {
  NIX_STATE_DIR="$OUT/nix-state" HOME="$OUT/home" NIX_CONFIG="build-users-group =" \
    "$NIX" --extra-experimental-features 'nix-command flakes' --store "$OUT/nix-root" \
    --option substituters '' --flake-registry "$OUT/registry.json" eval "$OUT/root#x" --json "${override[@]}"
}
echo '{"flakes":[],"version":2}' > "$OUT/registry.json"
mkdir -p "$OUT/home"

expected=$(nix_cmd 2>/dev/null) || { echo "nix failed:"; nix_cmd; exit 1; }
[ -n "$expected" ] && [ "$(nixj_cmd 2>/dev/null)" = "$expected" ] || { echo "nixj and Nix disagree:"; nixj_cmd; nix_cmd; exit 1; }
echo "both print: $(nixj_cmd 2>/dev/null)"

seconds() { local s; s=$(date +%s.%N); "$@" > /dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
declare -A total=()
for kind in first warm; do
  total[nixj-$kind]=0 total[nix-$kind]=0
done
for ((i = 0; i < RUNS; i++)); do
  chmod -R u+w "$OUT/nixj-store" "$OUT/nix-root" 2>/dev/null || true
  rm -rf "$OUT/nixj-store" "$OUT/nix-state" "$OUT/nix-root"
  total[nixj-first]=$(echo "${total[nixj-first]} + $(seconds nixj_cmd)" | bc)
  total[nix-first]=$(echo "${total[nix-first]} + $(seconds nix_cmd)" | bc)
  total[nixj-warm]=$(echo "${total[nixj-warm]} + $(seconds nixj_cmd)" | bc)
  total[nix-warm]=$(echo "${total[nix-warm]} + $(seconds nix_cmd)" | bc)
done
for kind in first warm; do
  j=$(echo "scale=3; ${total[nixj-$kind]} / $RUNS" | bc)
  n=$(echo "scale=3; ${total[nix-$kind]} / $RUNS" | bc)
  echo "$kind run: nixj ${j}s, nix ${n}s, ratio nixj/nix $(echo "scale=2; $j / $n" | bc)"
done

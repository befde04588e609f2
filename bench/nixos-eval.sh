#!/usr/bin/env bash
# NixOS evaluation, whole process, nixj against Nix 2.8's nix-instantiate on the same modules-lib:
#   1. config.system.build.toplevel.drvPath of the minimal installer configuration;
#   2. the whole option set of that configuration as JSON (lib.optionAttrSetToDocList, as options.json is made);
#   3. one option of the example rescue flake's configuration (networking.hostName), through `nixj eval`.
# Each is run RUNS times (default 5) after one warm-up run (which fills nixj's class cache and both tools' file
# caches); the median wall time is reported, with the ratio. The two must print the same result.
#
#   bench/nixos-eval.sh [RUNS]
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NIXJ=$ROOT/bin/nixj
[ -f "$ROOT/cli/target/nixj.jar" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)
command -v nix-instantiate >/dev/null || { echo "nix-instantiate (Debian's nix-bin) is needed for the comparison" >&2; exit 1; }
LIB=$ROOT/modules-lib/src/main/nix
OUT=$(mktemp -d /tmp/nixj-nixos-bench.XXXXXX)
trap 'chmod -R u+w "$OUT" 2>/dev/null; rm -rf "$OUT"' EXIT

cat > "$OUT/installer.nix" <<NIX
let
  eval = import $LIB/nixos/lib/eval-config.nix {
    system = "x86_64-linux";
    modules = [ $LIB/nixos/modules/installer/cd-dvd/installation-cd-minimal.nix ];
  };
in
{
  toplevel = eval.config.system.build.toplevel.drvPath;
  options = builtins.toJSON (eval.lib.optionAttrSetToDocList eval.options);
}
NIX

# median WALL-TIMES...
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# time_runs NAME COMMAND...: prints the median wall time of RUNS runs (after a warm-up), checks the output.
time_runs() {
  local name="$1"; shift
  "$@" > "$OUT/$name.out" 2> "$OUT/$name.err" || { cat "$OUT/$name.err" >&2; exit 1; }
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  median "${times[@]}"
}

compare() {
  local label="$1" nixj_cmd="$2" nix_cmd="$3"
  local tj tn
  tj=$(time_runs "nixj-$label" bash -c "$nixj_cmd")
  tn=$(time_runs "nix-$label" bash -c "$nix_cmd")
  if ! cmp -s "$OUT/nixj-$label.out" "$OUT/nix-$label.out"; then
    echo "$label: nixj and Nix print different results" >&2
    diff <(head -c 2000 "$OUT/nixj-$label.out") <(head -c 2000 "$OUT/nix-$label.out") >&2 || true
    exit 1
  fi
  printf '%-34s nixj %6.3f s   nix %6.3f s   ratio %5.1fx\n' "$label" "$tj" "$tn" "$(echo "$tj / $tn" | bc -l)"
}

echo "median of $RUNS warm runs, whole process ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
compare "toplevel drvPath (minimal ISO)" \
  "'$NIXJ' instantiate --eval -A toplevel '$OUT/installer.nix'" \
  "nix-instantiate --eval -A toplevel '$OUT/installer.nix' 2>/dev/null"
compare "options doc list (JSON)" \
  "'$NIXJ' instantiate --eval -A options '$OUT/installer.nix'" \
  "nix-instantiate --eval -A options '$OUT/installer.nix' 2>/dev/null"

# The rescue flake's host name through nixj eval; Nix 2.8 evaluates the same flake with the same modules-lib
# as its nixpkgs input.
cp -r "$ROOT/examples/rescue-flake" "$OUT/flake"
rm -f "$OUT/flake/flake.lock"
"$NIXJ" flake lock "$OUT/flake" --override-input nixpkgs "path:$LIB" >/dev/null 2>&1
compare "rescue networking.hostName" \
  "'$NIXJ' eval '$OUT/flake#rescue' --override-input nixpkgs 'path:$LIB' --apply 'x: x.passthru.config.networking.hostName'" \
  "nix --extra-experimental-features 'nix-command flakes' eval '$OUT/flake#rescue' --override-input nixpkgs 'path:$LIB' --apply 'x: x.passthru.config.networking.hostName' 2>/dev/null"

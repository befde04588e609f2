#!/usr/bin/env bash
# A cold fetch of every pinned Debian package (the .deb files of modules-lib's pin file, ~350, ~220 MB) into an
# empty store, whole process, for each nixj jar given: the cost a first `nixj build` of a system pays before it
# unpacks anything. The host's apt cache is hidden by a tmpfs in a mount namespace of the run (so the files
# come through `apt-get download` from apt's configured mirror); needs root for unshare, and apt lists.
#
#   sudo bench/deb-downloads.sh JAR [JAR...]
#
# Each jar runs once (a run downloads everything again: network time dominates repeats). The wall time per jar
# is printed; compare jars built from two commits.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,10p' "$0"; exit 2; }
[ "$(id -u)" = 0 ] || { echo "needs root (unshare -m, mount)" >&2; exit 1; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OUT=$(mktemp -d /tmp/nixj-deb-bench.XXXXXX)
trap 'chmod -R u+w "$OUT" 2>/dev/null; rm -rf "$OUT"' EXIT
EXPR='let pkgs = import <nixpkgs> { }; debs = map (p: p.deb) (builtins.attrValues (import <nixpkgs/pkgs/debian> { }));
in pkgs.nixjTree { name = "debs"; entries = map (deb: { path = deb.name; target = "${deb}"; }) debs; }'

for jar in "$@"; do
  store=$OUT/store-$(basename "$jar" .jar)-$RANDOM
  seconds=$(cd "$ROOT" && unshare -m bash -c '
    mount -t tmpfs tmpfs /var/cache/apt/archives
    start=$(date +%s.%N)
    "$1" -jar "$2" build --impure --no-link --store "$3" --expr "$4" 2>"$3.log" || { tail -5 "$3.log" >&2; exit 1; }
    echo "$(date +%s.%N) - $start" | bc' bench "$JAVA" "$jar" "$store" "$EXPR")
  printf '%-40s %8.1f s  %s .deb files\n' "$jar" "$seconds" "$(ls "$store"/*.deb | wc -l)"
done

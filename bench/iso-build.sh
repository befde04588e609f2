#!/usr/bin/env bash
# Cold build and warm rebuild of the example rescue ISO, whole process: wall time, CPU time and peak memory.
#
#   bench/iso-build.sh [--comp "zstd -Xcompression-level 19" | gzip | lz4 | ...]
#
# Copies examples/rescue-flake to a temporary folder, builds `.#rescue` into an empty store (Debian's packages
# from apt's cache or `apt-get download`, so the first run on a machine also downloads them), then changes
# networking.hostName and builds again into the same store: only /etc, the system, the squashfs and the ISO
# are made again (the squashfs reusing the compressed blocks it has seen). With --comp, both builds use that
# isoImage.squashfsCompression instead of the profile's default. Builds cli/target/nixj.jar if it is missing.
set -euo pipefail

COMP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --comp) COMP=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp -d /tmp/nixj-iso-bench.XXXXXX)
trap 'chmod -R u+w "$OUT" 2>/dev/null; rm -rf "$OUT"' EXIT
[ -f "$ROOT/cli/target/nixj.jar" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)

cp -r "$ROOT/examples/rescue-flake" "$OUT/flake"
rm -f "$OUT/flake/flake.lock"
host=$OUT/flake/hosts/iso/rescue
extra=""
[ -n "$COMP" ] && extra="isoImage.squashfsCompression = \"$COMP\";"
echo "{ $extra }" > "$host/bench.nix"
sed -i 's|imports = \[ inputs.self.nixosModules.default \];|imports = [ inputs.self.nixosModules.default ./bench.nix ];|' "$host/default.nix"
grep -q bench.nix "$host/default.nix" || { echo "the example's imports line changed: update this script" >&2; exit 1; }

build() {
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak" -o "$OUT/time" \
    "$ROOT/bin/nixj" build -L "$OUT/flake#rescue" --store "$OUT/store" -o "$OUT/result" > /dev/null 2> "$OUT/log" ||
    { cat "$OUT/log"; exit 1; }
  echo "$1: $(cat "$OUT/time"), ISO $(du -b "$OUT"/result/iso/*.iso | cut -f1) B"
}

echo "compression: ${COMP:-default of the profile}"
build "cold build"
echo "{ $extra networking.hostName = \"rescue-bench\"; }" > "$host/bench.nix"
build "warm rebuild after a host name change"
grep -h "blocks reused" "$OUT/log" || true

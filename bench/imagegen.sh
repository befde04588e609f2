#!/usr/bin/env bash
# Image writing speed: `nixj image iso` vs `xorriso -as mkisofs`, and `nixj image squashfs` vs `mksquashfs`
# (same compressor, block size and threads), on the same tree of real files, side by side in one run.
#
#   bench/imagegen.sh [--runs N] [--tree DIR] [--threads N] [--no-xz]
#
# The default tree (bench/target/image-tree, about 500 MB) is copied once from /usr/lib/jvm and /usr/share:
# JDKs (jars, shared libraries, binaries), documentation and translations, so a mix of big and small,
# compressible and incompressible files. Builds cli/target/nixj.jar if missing. Every command writes into
# bench/target/out; sizes are reported next to the times. Uses hyperfine when installed, else a bash loop.
set -euo pipefail

RUNS=3 TREE= THREADS=$(nproc) XZ=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --tree) TREE=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --no-xz) XZ=0; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT="$HERE/target/out"
JAR="$ROOT/cli/target/nixj.jar"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
for t in xorriso mksquashfs; do command -v "$t" >/dev/null || { echo "$t not found (apt-get install xorriso squashfs-tools)" >&2; exit 1; }; done
mkdir -p "$OUT"

if [ -z "$TREE" ]; then
  TREE="$HERE/target/image-tree"
  if [ ! -d "$TREE" ]; then
    echo "copying a tree of real files to $TREE ..." >&2
    mkdir -p "$TREE"
    for src in /usr/lib/jvm/java-17-openjdk-amd64 /usr/share/doc /usr/share/locale /usr/share/perl /usr/share/man; do
      [ -d "$src" ] && cp -a --no-preserve=ownership "$src" "$TREE/$(echo "${src#/}" | tr / _)" 2>/dev/null || true
    done
  fi
fi
echo "tree: $TREE, $(du -sh --apparent-size "$TREE" | cut -f1) in $(find "$TREE" | wc -l) entries; $THREADS threads" >&2

if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  export MAVEN_OPTS=${MAVEN_OPTS:-"--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"}
  (cd "$ROOT" && { mvn -q -o -DskipTests package || mvn -q -DskipTests package; })
fi
export SOURCE_DATE_EPOCH=1700000000
NIXJ="$JAVA -jar $JAR image"

# name<TAB>command
CMDS=(
  "iso xorriso	xorriso -as mkisofs -quiet -iso-level 3 -R -J -V BENCH -o $OUT/x.iso $TREE"
  "iso nixj	$NIXJ iso --dir $TREE --volume-id BENCH -o $OUT/n.iso"
  "squashfs gzip mksquashfs	rm -f $OUT/x-gz.sqfs; mksquashfs $TREE $OUT/x-gz.sqfs -quiet -no-progress -comp gzip -b 1M -processors $THREADS -all-root -no-xattrs"
  "squashfs gzip nixj	$NIXJ squashfs --dir $TREE --compression gzip --threads $THREADS -o $OUT/n-gz.sqfs"
)
if [ "$XZ" = 1 ]; then
  CMDS+=(
    "squashfs xz mksquashfs	rm -f $OUT/x-xz.sqfs; mksquashfs $TREE $OUT/x-xz.sqfs -quiet -no-progress -comp xz -b 1M -processors $THREADS -all-root -no-xattrs"
    "squashfs xz nixj	$NIXJ squashfs --dir $TREE --compression xz --threads $THREADS -o $OUT/n-xz.sqfs"
  )
fi

names=() cmds=()
for c in "${CMDS[@]}"; do names+=("${c%%	*}"); cmds+=("${c#*	}"); done

if command -v hyperfine >/dev/null && [ -z "${NO_HYPERFINE:-}" ]; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine --runs "$RUNS" --warmup 0 --export-markdown "$HERE/target/imagegen.md" "${args[@]}"
else
  for i in "${!cmds[@]}"; do
    best=
    for r in $(seq "$RUNS"); do
      s=$(date +%s.%N); bash -c "${cmds[$i]}" >/dev/null; e=$(date +%s.%N)
      t=$(echo "$e - $s" | bc); best=${best:-$t}; [ "$(echo "$t < $best" | bc)" = 1 ] && best=$t
    done
    printf '%-28s best of %s: %6.2f s\n' "${names[$i]}" "$RUNS" "$best"
  done
fi

echo "output sizes (bytes):" >&2
for f in x.iso n.iso x-gz.sqfs n-gz.sqfs x-xz.sqfs n-xz.sqfs; do
  [ -f "$OUT/$f" ] && printf '  %-10s %12d\n' "$f" "$(stat -c %s "$OUT/$f")" >&2
done

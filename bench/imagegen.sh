#!/usr/bin/env bash
# Image writing speed, whole processes side by side: `nixj image squashfs` vs `mksquashfs` (same compressor,
# level, block size and threads) and `nixj image iso` vs `xorriso -as mkisofs`, on one tree of real files.
# Reports wall time, CPU time (user + sys), CPU use and output size per command, and nixj/reference ratios.
#
#   bench/imagegen.sh [--runs N] [--tree DIR | --debian] [--threads N] [--comp "gzip xz zstd19 zstd3 lz4"]
#                     [--jar JAR] [--no-iso]
#
# --debian   the tree is unpacked Debian packages (a kernel with its modules, git, perl, python, systemd, ...;
#            about 700 MB in one directory per package, like a Nix store), fetched once with `apt-get download`
#            into bench/target/debs and unpacked with `dpkg-deb -x` into bench/target/debian-tree.
# default    bench/target/image-tree, about 500 MB copied once from /usr/lib/jvm and /usr/share.
# --comp     compressors to compare: gzip, xz, zstd<LEVEL> (zstd19 is NixOS's default), lz4.
# --jar      the nixj jar to time (default cli/target/nixj.jar, built if missing); run twice with two jars to
#            compare versions, the outputs of equal inputs are also compared by SHA-256.
# Timing is the best of N runs per command (by wall time); every command writes into bench/target/out.
set -euo pipefail

RUNS=1 TREE= THREADS=$(nproc) COMPS="gzip xz zstd19 zstd3 lz4" ISO=1 DEBIAN=0 JAR=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --tree) TREE=$2; shift 2 ;;
    --debian) DEBIAN=1; shift ;;
    --threads) THREADS=$2; shift 2 ;;
    --comp) COMPS=$2; shift 2 ;;
    --jar) JAR=$2; shift 2 ;;
    --no-iso) ISO=0; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT="$HERE/target/out"
JAR=${JAR:-"$ROOT/cli/target/nixj.jar"}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
for t in mksquashfs /usr/bin/time; do command -v "$t" >/dev/null || { echo "$t not found (apt-get install squashfs-tools time)" >&2; exit 1; }; done
[ "$ISO" = 0 ] || command -v xorriso >/dev/null || { echo "xorriso not found (apt-get install xorriso, or --no-iso)" >&2; exit 1; }
mkdir -p "$OUT"

debian_tree() {
  local debs="$HERE/target/debs" tree="$HERE/target/debian-tree"
  if [ ! -d "$tree" ]; then
    local kernel
    kernel=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-/ {print $2; exit}')
    [ -n "$kernel" ] || { echo "no linux-image-amd64 in apt's lists (run apt-get update)" >&2; exit 1; }
    mkdir -p "$debs"
    echo "fetching Debian packages into $debs ..." >&2
    (cd "$debs" && apt-get download -q "$kernel" git git-man perl-modules-5.36 libperl5.36 perl-base systemd udev \
      coreutils openssh-client openssh-server libssl3 libc6 libc-bin python3.11-minimal libpython3.11-stdlib \
      vim-runtime libgnutls30 libsystemd-shared util-linux libicu72 >&2)
    mkdir -p "$tree.tmp"
    for d in "$debs"/*.deb; do dpkg-deb -x "$d" "$tree.tmp/$(basename "$d" .deb)"; done
    mv "$tree.tmp" "$tree"
  fi
  TREE=$tree
}

if [ "$DEBIAN" = 1 ]; then
  debian_tree
elif [ -z "$TREE" ]; then
  TREE="$HERE/target/image-tree"
  if [ ! -d "$TREE" ]; then
    echo "copying a tree of real files to $TREE ..." >&2
    mkdir -p "$TREE"
    for src in /usr/lib/jvm/java-17-openjdk-amd64 /usr/share/doc /usr/share/locale /usr/share/perl /usr/share/man; do
      [ -d "$src" ] && cp -a --no-preserve=ownership "$src" "$TREE/$(echo "${src#/}" | tr / _)" 2>/dev/null || true
    done
  fi
fi
echo "tree: $TREE, $(du -sh --apparent-size "$TREE" | cut -f1) in $(find "$TREE" | wc -l) entries; $THREADS threads; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  (cd "$ROOT" && { mvn -q -o -DskipTests package || mvn -q -DskipTests package; })
fi
export SOURCE_DATE_EPOCH=1700000000
NIXJ="$JAVA -jar $JAR image"

# name<TAB>output<TAB>command
CMDS=()
if [ "$ISO" = 1 ]; then
  CMDS+=("iso xorriso	x.iso	xorriso -as mkisofs -quiet -iso-level 3 -R -J -V BENCH -o $OUT/x.iso $TREE"
         "iso nixj	n.iso	$NIXJ iso --dir $TREE --volume-id BENCH -o $OUT/n.iso")
fi
for c in $COMPS; do
  case "$c" in
    gzip) mk="-comp gzip" nx="--compression gzip" ;;
    xz) mk="-comp xz" nx="--compression xz" ;;
    zstd*) lvl=${c#zstd}; mk="-comp zstd -Xcompression-level ${lvl:-15}" nx="--compression zstd --zstd-level ${lvl:-15}" ;;
    lz4) mk="-comp lz4" nx="--compression lz4" ;;
    *) echo "unknown compressor $c" >&2; exit 2 ;;
  esac
  CMDS+=("squashfs $c mksquashfs	x-$c.sqfs	rm -f $OUT/x-$c.sqfs; mksquashfs $TREE $OUT/x-$c.sqfs -quiet -no-progress $mk -b 1M -processors $THREADS -all-root -no-xattrs"
         "squashfs $c nixj	n-$c.sqfs	$NIXJ squashfs --dir $TREE $nx --threads $THREADS -o $OUT/n-$c.sqfs")
done

# best_of CMD: prints "wall cpu" (seconds) of the run with the least wall time.
best_of() {
  local best_w= best_c= r w c
  for r in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S' -o "$OUT/.time" bash -c "$1" >/dev/null
    read -r w u s < "$OUT/.time"
    c=$(echo "$u + $s" | bc)
    if [ -z "$best_w" ] || [ "$(echo "$w < $best_w" | bc)" = 1 ]; then best_w=$w best_c=$c; fi
  done
  echo "$best_w $best_c"
}

printf '%-26s %9s %9s %6s %13s\n' command "wall s" "cpu s" "cpu%" "bytes"
declare -A W C S
for entry in "${CMDS[@]}"; do
  name=${entry%%	*}; rest=${entry#*	}; out=${rest%%	*}; cmd=${rest#*	}
  read -r w c < <(best_of "$cmd")
  size=$(stat -c %s "$OUT/$out")
  W[$name]=$w C[$name]=$c S[$name]=$size
  printf '%-26s %9.2f %9.2f %5.0f%% %13d\n' "$name" "$w" "$c" "$(echo "100 * $c / $w" | bc -l)" "$size"
done

echo
printf '%-20s %8s %8s %8s\n' "nixj / reference" wall cpu size
for entry in "${CMDS[@]}"; do
  name=${entry%%	*}
  case "$name" in
    *" nixj") ref=${name% nixj}; ref="$ref $( [ "${ref%% *}" = iso ] && echo xorriso || echo mksquashfs)"
      printf '%-20s %8.2f %8.2f %8.4f\n' "${name% nixj}" "$(echo "${W[$name]} / ${W[$ref]}" | bc -l)" \
        "$(echo "${C[$name]} / ${C[$ref]}" | bc -l)" "$(echo "${S[$name]} / ${S[$ref]}" | bc -l)" ;;
  esac
done
echo
echo "sha256 of nixj's outputs (compare across --jar versions):"
(cd "$OUT" && sha256sum n-*.sqfs 2>/dev/null) || true

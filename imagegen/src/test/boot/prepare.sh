#!/usr/bin/env bash
# Prepares the inputs of imagegen's boot test in WORKDIR (downloads are cached there):
#   WORKDIR/initrd/  the initrd tree: busybox-static, the kernel modules for CD, disk, iso9660, squashfs
#                    and loop devices, and an /init that mounts the boot medium and the squashfs on it
#   WORKDIR/iso/     the ISO tree without the images the test writes itself (boot/initrd, boot/efi.img,
#                    root.sqfs): isolinux (BIOS) and the kernel
#   WORKDIR/efi/     the EFI system image tree without boot/initrd: systemd-boot as \EFI\BOOT\BOOTX64.EFI,
#                    its loader entry, the kernel
#   WORKDIR/sq/      the squashfs tree (a marker file the init prints), written as xz, zstd and lz4 images
# Debian packages are fetched with `apt-get download` and unpacked with `dpkg-deb -x`; nothing is
# installed. Exit status 3 means "cannot prepare here" (no apt-get, no network): the test skips.
set -euo pipefail

work=${1:?usage: prepare.sh WORKDIR}
mkdir -p "$work/debs" "$work/pkgs"
cd "$work"

command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || { echo "needs apt-get and dpkg-deb" >&2; exit 3; }

kernel_pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -1)
[[ -n $kernel_pkg ]] || { echo "cannot find the versioned linux-image package behind linux-image-amd64" >&2; exit 3; }

fetch() {
    local pkg=$1
    if ! compgen -G "debs/${pkg}_*.deb" >/dev/null; then
        (cd debs && apt-get download -q "$pkg" >&2) || { echo "cannot download $pkg" >&2; exit 3; }
    fi
    if [[ ! -e pkgs/$pkg.done ]]; then
        mkdir -p "pkgs/$pkg"
        dpkg-deb -x debs/"${pkg}"_*.deb "pkgs/$pkg"
        touch "pkgs/$pkg.done"
    fi
}
for p in "$kernel_pkg" busybox-static isolinux syslinux-common systemd-boot-efi; do fetch "$p"; done

k=pkgs/$kernel_pkg
vmlinuz=$(ls "$k"/boot/vmlinuz-*)
kver=${vmlinuz##*/vmlinuz-}
moddir=$k/lib/modules/$kver

rm -rf initrd iso efi sq
mkdir -p initrd/bin initrd/lib/modules initrd/dev initrd/proc initrd/sys initrd/mnt/medium initrd/mnt/sq
cp pkgs/busybox-static/bin/busybox initrd/bin/busybox
for applet in sh mount umount insmod sleep cat echo mkdir ls poweroff; do ln -s busybox "initrd/bin/$applet"; done

# The modules and everything they depend on, in load order (dependencies first). The package has no
# modules.dep (depmod makes it on installation), so each module's "depends=" modinfo string is read directly.
wanted=(crct10dif_generic ata_piix sr_mod sd_mod isofs squashfs loop)
declare -A path_of=()
while IFS= read -r f; do
    b=${f##*/}
    b=${b%%.ko*}
    path_of[${b//-/_}]=$f
done < <(cd "$moddir" && find kernel -name '*.ko*')
declare -A seen=()
order=()
visit() {
    local name=${1//-/_} path deps d
    path=${path_of[$name]:-}
    [[ -n $path ]] || return 0 # built into the kernel
    [[ -z ${seen[$path]:-} ]] || return 0
    seen[$path]=1
    case $path in
        *.xz) deps=$(xz -dc "$moddir/$path" | grep -a -o 'depends=[a-z0-9_,-]*' | head -1) ;;
        *) deps=$(grep -a -o 'depends=[a-z0-9_,-]*' "$moddir/$path" | head -1) ;;
    esac
    deps=${deps#depends=}
    for d in ${deps//,/ }; do visit "$d"; done
    order+=("$path")
}
for m in "${wanted[@]}"; do visit "$m"; done
: >initrd/lib/modules/order
for path in "${order[@]}"; do
    base=${path##*/}
    case $base in
        *.ko.xz) xz -dc "$moddir/$path" >"initrd/lib/modules/${base%.xz}" ;;
        *.ko.zst) zstd -qdc "$moddir/$path" >"initrd/lib/modules/${base%.zst}" ;;
        *) cp "$moddir/$path" "initrd/lib/modules/$base" ;;
    esac
    echo "${base%%.ko*}.ko" >>initrd/lib/modules/order
done

cat >initrd/init <<'INIT'
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for m in $(cat /lib/modules/order); do insmod /lib/modules/$m 2>/dev/null; done
found=
i=0
while [ $i -lt 60 ]; do
    i=$((i + 1))
    for dev in /dev/sr0 /dev/sda /dev/vda; do
        if [ -b $dev ] && mount -t iso9660 -o ro $dev /mnt/medium 2>/dev/null; then found=$dev; break 2; fi
    done
    sleep 1
done
if [ -z "$found" ]; then echo "NIXJ-BOOT-FAIL: no boot medium"; poweroff -f; fi
# The same tree as xz, zstd and lz4 squashfs images; a character device from the initrd's entry list.
report=
for c in xz zstd lz4; do
    mkdir -p /mnt/$c
    if mount -t squashfs -o loop,ro /mnt/medium/root-$c.sqfs /mnt/$c; then
        report="$report $c: $(cat /mnt/$c/marker);"
    else
        report="$report $c: cannot mount;"
    fi
done
if [ -c /etc/nixj-null ] && echo discarded >/etc/nixj-null; then report="$report node: c 1,3;"; fi
echo "NIXJ-BOOT-OK from $found:$report"

poweroff -f
INIT
chmod 755 initrd/init

mkdir -p iso/isolinux iso/boot
cp pkgs/isolinux/usr/lib/ISOLINUX/isolinux.bin iso/isolinux/
cp pkgs/syslinux-common/usr/lib/syslinux/modules/bios/ldlinux.c32 iso/isolinux/
cat >iso/isolinux/isolinux.cfg <<'CFG'
SERIAL 0 115200
DEFAULT nixj
TIMEOUT 0
LABEL nixj
  KERNEL /boot/vmlinuz
  APPEND initrd=/boot/initrd console=ttyS0,115200 panic=-1 loglevel=4 no_timer_check
CFG
cp "$vmlinuz" iso/boot/vmlinuz
cp pkgs/isolinux/usr/lib/ISOLINUX/isohdpfx.bin isohdpfx.bin

mkdir -p efi/EFI/BOOT efi/loader/entries efi/boot
cp pkgs/systemd-boot-efi/usr/lib/systemd/boot/efi/systemd-bootx64.efi efi/EFI/BOOT/BOOTX64.EFI
printf 'timeout 0\ndefault nixj.conf\nconsole-mode keep\n' >efi/loader/loader.conf
printf 'title nixj boot test\nlinux /boot/vmlinuz\ninitrd /boot/initrd\noptions console=ttyS0,115200 panic=-1 loglevel=4 no_timer_check\n' \
    >efi/loader/entries/nixj.conf
cp "$vmlinuz" efi/boot/vmlinuz

mkdir -p sq
echo "squashfs mounted, made by nixj" >sq/marker
echo "$kver"

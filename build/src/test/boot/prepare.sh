#!/usr/bin/env bash
# Fetches and unpacks the Debian packages of the build module's boot test (LiveMediumBootTest) into WORKDIR/pkgs/NAME:
# the kernel behind linux-image-amd64, busybox-static, isolinux, syslinux-common and systemd-boot-efi. Downloads
# (`apt-get download`) are cached in WORKDIR/debs. Exit status 3 means "cannot prepare here" (no apt-get, no
# network): the test is skipped.
set -euo pipefail

work=${1:?usage: prepare.sh WORKDIR}
mkdir -p "$work/debs" "$work/pkgs"
cd "$work"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || { echo "needs apt-get and dpkg-deb" >&2; exit 3; }

kernel=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -1)
[[ -n $kernel ]] || { echo "cannot find the versioned linux-image package behind linux-image-amd64" >&2; exit 3; }

for pkg in "$kernel" busybox-static isolinux syslinux-common systemd-boot-efi; do
    if ! compgen -G "debs/${pkg}_*.deb" >/dev/null; then
        (cd debs && apt-get download -q "$pkg" >&2) || { echo "cannot download $pkg" >&2; exit 3; }
    fi
    name=$pkg
    [[ $pkg == "$kernel" ]] && name=linux
    if [[ ! -e pkgs/$name.done ]]; then
        rm -rf "pkgs/$name"
        mkdir -p "pkgs/$name"
        dpkg-deb -x debs/"${pkg}"_*.deb "pkgs/$name"
        touch "pkgs/$name.done"
    fi
done

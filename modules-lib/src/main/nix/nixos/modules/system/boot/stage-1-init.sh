#!/bin/sh
# nixj's stage 1 (stage-1.nix puts it at /init of the initrd; builtin:nixj-initrd adds busybox and the modules).
# It boots a live medium the way NixOS's ISO boots: the medium labelled as root=LABEL=<label> says on the
# kernel command line is mounted at /iso, its nix-store.squashfs at /nix/.ro-store, a tmpfs at /nix/.rw-store,
# the two as an overlay at /nix/store, all inside a tmpfs that becomes / (with /usr, /bin, /sbin, /lib, /lib64
# into the system's sw, /etc copied from the system's etc); then it switches to init=<toplevel>/init.
# Without udev, it loads the modules /etc/modules-load lists, then the modules the hardware asks for
# (modalias, through busybox's modprobe and the modules.alias the builder wrote) until the medium appears.

export PATH=/bin
say() { echo "[stage1 $(cut -d' ' -f1 /proc/uptime 2>/dev/null)] $*"; }

fail() {
    say "error: $*"
    if [ -n "$shellOnFail" ]; then
        say "starting a shell (boot.shell_on_fail); exit it to try to go on"
        setsid sh -c 'exec sh </dev/console >/dev/console 2>&1'
        return
    fi
    say "add boot.shell_on_fail to the kernel parameters for a shell here"
    while true; do sleep 3600; done
}

mkdir -p /dev /proc /sys /run /tmp
mount -t devtmpfs -o mode=0755 devtmpfs /dev
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
say "nixj stage 1"

stage2=
label=
shellOnFail=
copytoram=
for o in $(cat /proc/cmdline); do
    case "$o" in
        init=*) stage2=${o#init=} ;;
        root=LABEL=*) label=${o#root=LABEL=} ;;
        boot.shell_on_fail) shellOnFail=1 ;;
        copytoram) copytoram=1 ;;
    esac
done
[ -n "$stage2" ] || fail "the kernel command line has no init=<system>/init"
[ -n "$label" ] || fail "the kernel command line has no root=LABEL=<volume id>"

while read -r module; do
    insmod "$module" || say "could not load $module"
done < /etc/modules-load

# The hardware's drivers: what each device's modalias names (devices appear as their buses' drivers load).
coldplug() {
    for alias in /sys/bus/*/devices/*/modalias; do
        [ -r "$alias" ] && modprobe -q "$(cat "$alias")" 2>/dev/null
    done
}

say "looking for the medium labelled $label"
tries=0
while ! device=$(findfs "LABEL=$label" 2>/dev/null); do
    tries=$((tries + 1))
    [ $tries -le 60 ] || { fail "no device is labelled $label"; break; }
    coldplug
    sleep 1
done
say "found $label on $device"

root=/mnt-root
mkdir -p $root
mount -t tmpfs -o mode=0755 tmpfs $root || fail "cannot mount a tmpfs as the root"
mkdir -p $root/iso $root/nix/.ro-store $root/nix/.rw-store $root/nix/store
mount -o ro "$device" $root/iso || fail "cannot mount $device at /iso"
mount -t tmpfs -o mode=0755 tmpfs $root/nix/.rw-store || fail "cannot mount a tmpfs at /nix/.rw-store"
squashfs=$root/iso/nix-store.squashfs
[ -f "$squashfs" ] || fail "$label has no nix-store.squashfs: nixj's stage 1 boots live media only"
if [ -n "$copytoram" ]; then
    say "copying the store into memory (copytoram)"
    cp "$squashfs" $root/nix/.rw-store/nix-store.squashfs && squashfs=$root/nix/.rw-store/nix-store.squashfs
fi
mount -t squashfs -o loop,ro "$squashfs" $root/nix/.ro-store || fail "cannot mount $squashfs"
mkdir -p $root/nix/.rw-store/store $root/nix/.rw-store/work
mount -t overlay overlay \
    -o lowerdir=$root/nix/.ro-store,upperdir=$root/nix/.rw-store/store,workdir=$root/nix/.rw-store/work \
    $root/nix/store || fail "cannot mount the store overlay"

# A path of the new root as seen from here: its absolute symlinks point into the new root, not into the initrd.
inRoot() {
    p=$1
    n=0
    while [ -L "$root$p" ] && [ $n -lt 40 ]; do
        t=$(readlink "$root$p")
        case "$t" in
            /*) p=$t ;;
            *) p=$(dirname "$p")/$t ;;
        esac
        n=$((n + 1))
    done
    echo "$root$p"
}

system=$(dirname "$stage2")
[ -e "$(inRoot "$stage2")" ] || fail "$stage2 is not in the medium's store"

ln -s /run/current-system/sw $root/usr
for d in bin sbin lib lib64; do
    ln -s usr/$d $root/$d
done
mkdir -p $root/etc
etc=$(inRoot "$system/etc")
[ -d "$etc" ] && cp -a "$etc/." $root/etc/
mkdir -p $root/root $root/home $root/mnt $root/srv $root/opt $root/media \
    $root/var/log $root/var/lib $root/var/cache $root/var/spool $root/var/tmp $root/tmp $root/dev $root/proc $root/sys $root/run
chmod 0700 $root/root
chmod 1777 $root/tmp $root/var/tmp
ln -s /run $root/var/run
ln -s /run/lock $root/var/lock

# /run stays mounted: it holds current-system, and systemd keeps an /run it finds mounted.
mkdir -p /run/lock
chmod 1777 /run/lock
ln -s "$system" /run/current-system
ln -s "$system" /run/booted-system
say "switching to $stage2"
mount --move /run $root/run
mount --move /dev $root/dev
umount /sys
umount /proc
exec switch_root $root "$stage2"

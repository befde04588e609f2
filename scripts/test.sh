#!/usr/bin/env bash
# Runs the whole nixj test suite (see README, "Quick start on a fresh machine").
# Installs what the tests need when it is missing and that is possible: Debian's nix-bin provides the
# `nix-instantiate` oracle the conformance tests compare against (they are skipped without it).
# Extra arguments go to Maven (e.g. scripts/test.sh -pl grammar -am). Exit status: Maven's.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

warn() { echo "test.sh: warning: $*" >&2; }

# apt_install PACKAGE...: installs with apt-get (through sudo when not root); status 1 when impossible.
apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    local -a sudo=()
    if [[ $(id -u) != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || return 1
        # Never wait for a password without a terminal to type it on (CI).
        if [[ -t 0 ]]; then sudo=(sudo); else sudo=(sudo -n); fi
    fi
    local -a install=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@")
    echo "==> Installing $* with apt-get" >&2
    "${install[@]}" >&2 && return 0
    # A fresh machine may have empty package lists: update them, then try once more.
    "${sudo[@]}" apt-get update -q >&2 && "${install[@]}" >&2
}

# apt's package lists, fresh: the build tests fetch the pinned Debian packages with `apt-get download` (on a
# fresh machine the lists may be missing or stale). Updated at most once a day; failures only warn.
apt_lists_fresh() {
    [[ -n $(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -n 1) ]]
}
if command -v apt-get >/dev/null 2>&1 && ! apt_lists_fresh; then
    if [[ $(id -u) == 0 ]]; then
        apt-get update -q >&2 || warn "apt-get update failed; tests that fetch Debian packages may be skipped"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n apt-get update -q >&2 || warn "apt-get update failed; tests that fetch Debian packages may be skipped"
    fi
fi

# The nix-instantiate oracle (optional).
if ! command -v nix-instantiate >/dev/null 2>&1; then
    apt_install nix-bin ||
        warn "could not install nix-bin; the tests that compare with nix-instantiate will be skipped"
fi

# The image tools that imagegen's acceptance tests check their output with (each test is skipped when its
# tool is missing), what the boot test needs (qemu, OVMF, syslinux; it downloads Debian's kernel and
# busybox-static itself), and tmux, the real terminal nixj repl's end-to-end test types into.
image_tools=(xorriso genisoimage squashfs-tools mtools dosfstools libarchive-tools cpio xz-utils zstd lz4
    qemu-system-x86 ovmf isolinux syslinux-common tmux)
missing=()
for pkg in "${image_tools[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
    apt_install "${missing[@]}" ||
        warn "could not install ${missing[*]}; the imagegen tests that need them will be skipped"
fi

# shellcheck source=bin/find-jdk
source bin/find-jdk
if ! nixj_find_jdk --javac 2>/dev/null; then
    # No Java 21+: install one from the distribution when it has one (bookworm does not; newer ones do).
    if command -v apt-cache >/dev/null 2>&1; then
        for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
            if [[ -n $(apt-cache policy "$pkg" 2>/dev/null | sed -n 's/^ *Candidate: *\([^(].*\)$/\1/p') ]] &&
                apt_install "$pkg"; then
                break
            fi
        done
    fi
    nixj_find_jdk --javac # prints what it checked, and fails, when there still is none
fi
export JAVA_HOME=$NIXJ_JAVA_HOME
nixj_maven_opts

if ! command -v mvn >/dev/null 2>&1; then
    apt_install maven || {
        echo "nixj builds with Maven 3.8 or newer, and mvn is not on PATH (Debian/Ubuntu: apt-get install maven)." >&2
        exit 1
    }
fi

if command -v nix-instantiate >/dev/null 2>&1; then
    oracle="$(nix-instantiate --version 2>/dev/null || echo nix-instantiate)"
else
    oracle="none (oracle tests skipped)"
fi
echo "==> Java $NIXJ_JAVA_VERSION ($JAVA_HOME); oracle: $oracle" >&2
echo "==> mvn -B verify" >&2
# Maven 3.8 prints stray colour resets even in batch mode; drop them from the log.
set +e
mvn -B --no-transfer-progress verify "$@" 2>&1 | sed -u 's/\x1b\[0m//g'
exit "${PIPESTATUS[0]}"

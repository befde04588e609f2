#!/usr/bin/env bash
# Builds nixj and runs its main job on the bundled examples (see README, "Quick start on a fresh machine"):
# querying the example flake examples/rescue-flake as `nix eval` would (its nixpkgs input served by the
# bundled library), then parsing a NixOS module (as `nix-instantiate --parse` does), evaluating a Nix program
# with `nixj instantiate --eval` and `nixj eval`, and a NixOS-style configuration with the module system of the
# bundled library (`<nixpkgs/lib>`), and last building the flake's rescue ISO into ./result (Debian's packages
# fetched through the host's apt the first time: several minutes).
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# shellcheck source=bin/find-jdk
source bin/find-jdk
nixj_find_jdk --javac
export JAVA_HOME=$NIXJ_JAVA_HOME
nixj_maven_opts

if ! command -v mvn >/dev/null 2>&1; then
    echo "nixj builds with Maven 3.8 or newer, and mvn is not on PATH (Debian/Ubuntu: apt-get install maven)." >&2
    exit 1
fi

example=examples/hello.nix
flake=examples/rescue-flake

echo "==> Building nixj with Java $NIXJ_JAVA_VERSION ($JAVA_HOME)" >&2
# (Maven 3.8 prints stray colour resets even in batch mode; drop them.)
mvn -q -B -DskipTests package 2>&1 | sed "s/\x1b\[0m//g"

echo "==> bin/nixj flake metadata ./$flake" >&2
bin/nixj flake metadata "./$flake"

echo "==> bin/nixj eval ./$flake#rescue --apply 'x: x.passthru.config.networking.hostName'" >&2
bin/nixj eval "./$flake#rescue" --apply 'x: x.passthru.config.networking.hostName'

echo "==> bin/nixj eval ./$flake#packages.aarch64-linux.rescue --apply 'x: x.passthru.config.isoImage.volumeID'" >&2
bin/nixj eval "./$flake#packages.aarch64-linux.rescue" --apply 'x: x.passthru.config.isoImage.volumeID'

echo "==> bin/nixj eval ./$flake#rescue --apply 'x: x.passthru.config.users.users.root.openssh.authorizedKeys.keys' --json" >&2
bin/nixj eval "./$flake#rescue" --apply 'x: x.passthru.config.users.users.root.openssh.authorizedKeys.keys' --json

echo "==> bin/nixj instantiate --parse $example" >&2
bin/nixj instantiate --parse "$example"

echo "==> bin/nixj parse $example" >&2
bin/nixj parse "$example"

inventory=examples/inventory.nix
echo "==> bin/nixj instantiate --eval --strict $inventory" >&2
bin/nixj instantiate --eval --strict "$inventory"

echo "==> bin/nixj eval --file $inventory summaries --apply builtins.attrValues" >&2
bin/nixj eval --file "$inventory" summaries --apply builtins.attrValues

web=examples/web-server.nix
echo "==> bin/nixj instantiate --eval --strict $web" >&2
bin/nixj instantiate --eval --strict "$web"

echo "==> bin/nixj eval --impure --file $web sites --json" >&2
bin/nixj eval --impure --file "$web" sites --json

echo "==> bin/nixj build ./$flake#rescue --print-out-paths" >&2
bin/nixj build "./$flake#rescue" --print-out-paths
ls -l result/iso/
cat result/nix-support/hydra-build-products

echo "==> Done. Boot it: qemu-system-x86_64 -m 2048 -cdrom result/iso/*.iso (or dd it to a USB stick). Try: bin/nixj --help" >&2

#!/usr/bin/env bash
# Regenerates the Debian pin file modules-lib/src/main/nix/pkgs/debian/bookworm-amd64.nix from the host's apt
# lists (run `apt-get update` first, with bookworm, bookworm-updates and bookworm-security in the sources) and
# the roots in bookworm-amd64.roots beside it. Runs org.nixj.build.debian.PinGenerator; extra arguments go to
# it (e.g. --lists DIR, --prefer NAME,...; see its javadoc). Same lists, same bytes. It says when
# DebianMirrors.BUNDLED_SNAPSHOT must follow a new snapshot timestamp.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# shellcheck source=bin/find-jdk
source bin/find-jdk
nixj_find_jdk --javac
export JAVA_HOME=$NIXJ_JAVA_HOME
nixj_maven_opts

pins=modules-lib/src/main/nix/pkgs/debian
classpath=$(mktemp)
trap 'rm -f -- "$classpath"' EXIT
mvn -q -B -pl build -am install -DskipTests -Dmaven.javadoc.skip 2>&1 | sed "s/\x1b\[0m//g"
mvn -q -B -pl build dependency:build-classpath -Dmdep.outputFile="$classpath" 2>&1 | sed "s/\x1b\[0m//g"
"$JAVA_HOME/bin/java" -cp "build/target/classes:$(cat "$classpath")" org.nixj.build.debian.PinGenerator \
    "$@" -o "$pins/bookworm-amd64.nix" "@$pins/bookworm-amd64.roots"

# The default mirrors use the snapshot archive at the pin file's timestamp: keep the constant in step.
stamp=$(sed -n 's/^# Snapshot timestamp (the newest list.s Release date): //p' "$pins/bookworm-amd64.nix")
constant=build/src/main/java/org/nixj/build/debian/DebianMirrors.java
if ! grep -q "BUNDLED_SNAPSHOT = \"$stamp\"" "$constant"; then
    echo "debian-pins.sh: the lists' snapshot timestamp is now $stamp: set BUNDLED_SNAPSHOT in $constant to it" >&2
fi

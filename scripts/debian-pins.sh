#!/usr/bin/env bash
# Regenerates the Debian pin file modules-lib/src/main/nix/pkgs/debian/bookworm-amd64.nix from the host's apt
# lists (run `apt-get update` first, with bookworm, bookworm-updates and bookworm-security in the sources) and
# the roots in bookworm-amd64.roots beside it. Runs org.nixj.build.debian.PinGenerator; extra arguments go to
# it (e.g. --lists DIR, --prefer NAME,...; see its javadoc). Same lists, same bytes.
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

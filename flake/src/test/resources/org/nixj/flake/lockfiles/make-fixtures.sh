#!/usr/bin/env bash
# Regenerates the flake.lock fixtures in this directory with whatever `nix` is on the PATH (they were made with
# Nix 2.8.0). Each fixture is a flake under $BASE whose lock file Nix writes; the fixture is that lock file, byte
# for byte. Nix runs with its own store, state and home under $BASE, so nothing outside it is touched.
#   usage: make-fixtures.sh [BASE]      (default BASE: /tmp/nixj-lock-fixtures; it is deleted first)
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)
BASE=${1:-/tmp/nixj-lock-fixtures}
rm -rf "$BASE"; mkdir -p "$BASE/home"
echo '{"flakes":[],"version":2}' > "$BASE/registry.json"
export HOME=$BASE/home
export NIX_CONFIG="build-users-group =
experimental-features = nix-command flakes
flake-registry = $BASE/registry.json
store = $BASE/store"
export GIT_AUTHOR_NAME=nixj GIT_AUTHOR_EMAIL=nixj@example.org GIT_COMMITTER_NAME=nixj GIT_COMMITTER_EMAIL=nixj@example.org
export GIT_AUTHOR_DATE='2022-05-01T12:00:00Z' GIT_COMMITTER_DATE='2022-05-01T12:00:00Z'
S=$BASE/src

# A flake at $1 with the inputs given in $2 (Nix text inside `inputs = { ... };`).
flake() {
  mkdir -p "$1"
  printf '{\n  inputs = {\n%s\n  };\n  outputs = inputs: { };\n}\n' "${2:-}" > "$1/flake.nix"
}
# Locks the flake at $1 and copies its lock file to $out/$2.lock
lock() {
  (cd "$1" && nix flake lock 2>/dev/null)
  cp "$1/flake.lock" "$out/$2.lock"
  echo "$2.lock"
}

# Leaves, and flakes with inputs of their own.
flake "$S/a"
flake "$S/c"
flake "$S/c2"
flake "$S/d" "    c.url = \"path:$S/c\";"
flake "$S/b" "    c.url = \"path:$S/c\";
    d.url = \"path:$S/d\";"
flake "$S/e" "    c.url = \"path:$S/c\";
    d.url = \"path:$S/d\";
    d.inputs.c.follows = \"c\";"
mkdir -p "$S/data"; echo 'not a flake' > "$S/data/README"

# 1. No inputs at all. Nix writes no lock file for a flake without inputs unless one exists: lock with an input,
#    then drop it.
flake "$S/empty" "    a.url = \"path:$S/a\";"
(cd "$S/empty" && nix flake lock 2>/dev/null)
flake "$S/empty"
lock "$S/empty" empty

# 2. Path inputs.
flake "$S/paths" "    a.url = \"path:$S/a\";
    b.url = \"path:$S/b\";"
lock "$S/paths" paths

# 3. follows: one level (b/c), at depth (e/d/c, declared by e: e/c), at the top (x follows b/d), and to the root
#    flake itself (""). (Nix 2.8 reads b.inputs.d.inputs.c.follows in the root as an override of b/d without a URL.)
flake "$S/follows" "    a.url = \"path:$S/a\";
    c.url = \"path:$S/c\";
    b.url = \"path:$S/b\";
    b.inputs.c.follows = \"c\";
    e.url = \"path:$S/e\";
    x.follows = \"b/d\";"
lock "$S/follows" follows
flake "$S/follows-self" "    b.url = \"path:$S/b\";
    b.inputs.c.follows = \"\";"
lock "$S/follows-self" follows-self

# 4. flake = false.
flake "$S/nonflake" "    data = { url = \"path:$S/data\"; flake = false; };
    a.url = \"path:$S/a\";"
lock "$S/nonflake" nonflake

# 5. Node key collisions: two different inputs called c (c, c_2), an input called root (root_2).
flake "$S/collide" "    b.url = \"path:$S/b\";
    c.url = \"path:$S/c2\";
    root.url = \"path:$S/a\";"
lock "$S/collide" collide

# 6. git+file inputs: a branch, a ref, a pinned rev, a subdirectory; a non-flake git input.
git init -q -b main "$S/repo"
flake "$S/repo"
(cd "$S/repo" && git add flake.nix && git commit -q -m one)
mkdir -p "$S/repo/sub"; cp "$S/a/flake.nix" "$S/repo/sub/"
(cd "$S/repo" && git add sub && git commit -q -m two && git branch dev HEAD~1)
rev1=$(git -C "$S/repo" rev-parse HEAD~1)
flake "$S/git" "    g.url = \"git+file://$S/repo\";
    dev.url = \"git+file://$S/repo?ref=dev\";
    pinned.url = \"git+file://$S/repo?rev=$rev1\";
    sub.url = \"git+file://$S/repo?dir=sub\";
    raw = { url = \"git+file://$S/repo\"; flake = false; };"
lock "$S/git" git

# 7. A tarball input (file:// URL).
tar -C "$S" -czf "$BASE/data.tar.gz" data
flake "$S/tarball" "    t = { url = \"file://$BASE/data.tar.gz\"; flake = false; };"
lock "$S/tarball" tarball

# 8. Non-ASCII, and characters JSON escapes, in strings: a directory whose name has a quote, a backslash, a tab,
#    the control characters 0x01 and 0x1f, DEL, é, 日本 and 🦀 (Nix 2.8 does not percent-decode path: URLs, so the
#    input is written as attributes).
weird=$(printf 'we"ird\\dir\ttab\001\037\177-é-日本-🦀')
flake "$S/$weird"
nixname=$(printf '%s' "$weird" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g')
flake "$S/unicode" "    w = { type = \"path\"; path = \"$S/$nixname\"; };"
lock "$S/unicode" unicode

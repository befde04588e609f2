#!/usr/bin/env bash
# nixj repl's latency, as a user sees it in a terminal (tmux): the time from starting `nixj repl` on the example
# rescue flake to its first prompt, and the time from pressing Tab after `...config.services.get` (the
# configuration loaded) to the completed `services.getty` on the screen. The screen is polled every 10 ms, so
# times are up to that much late. RUNS runs (default 3), each with a fresh store and caches except the first
# prompt's JVM class cache, which bin/nixj keeps in ~/.cache/nixj; the flake is a copy of the example in a
# temporary folder.
#
#   bench/repl-latency.sh [RUNS]
set -euo pipefail

RUNS=${1:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
[ -f "$ROOT/cli/target/nixj.jar" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)
OUT=$(mktemp -d /tmp/nixj-repl-bench.XXXXXX)
SESSION=nixj-repl-bench-$$
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; chmod -R u+w "$OUT" 2>/dev/null; rm -rf "$OUT"' EXIT

now_ms() { date +%s%3N; }

# wait_for TEXT: polls the screen until TEXT is on it (60 s at most).
wait_for() {
  local deadline=$(($(now_ms) + 60000))
  until tmux capture-pane -p -t "$SESSION" | grep -qF -- "$1"; do
    (($(now_ms) < deadline)) || { echo "timed out waiting for '$1':" >&2; tmux capture-pane -p -t "$SESSION" >&2; exit 1; }
    sleep 0.01
  done
}

# The example on its own, as a user's flake is (inside nixj's repository it would be a folder of that repository,
# which is copied whole, and again whenever the repository is dirty).
cp -r "$ROOT/examples/rescue-flake" "$OUT/flake"
rm -f "$OUT/flake/flake.lock"

for run in $(seq "$RUNS"); do
  rm -rf "$OUT/store" "$OUT/data"
  start=$(now_ms)
  tmux new-session -d -s "$SESSION" -x 200 -y 50 \
    "env XDG_DATA_HOME=$OUT/data NO_COLOR=1 '$ROOT/bin/nixj' repl --store '$OUT/store' --no-write-lock-file '$OUT/flake'"
  wait_for "nixj-repl>"
  prompt=$(($(now_ms) - start))
  # Load the configuration once, then time a completion in it.
  tmux send-keys -t "$SESSION" "packages.x86_64-linux.rescue.passthru.config.networking.hostName" Enter
  wait_for '"rescue"'
  tmux send-keys -t "$SESSION" "packages.x86_64-linux.rescue.passthru.config.services.get"
  wait_for "config.services.get"
  start=$(now_ms)
  tmux send-keys -t "$SESSION" Tab
  wait_for "config.services.getty"
  completion=$(($(now_ms) - start))
  tmux kill-session -t "$SESSION"
  echo "run $run: first prompt after $prompt ms, completion of config.services.get after $completion ms"
done

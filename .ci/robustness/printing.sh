#!/usr/bin/env bash
# Issue 17, item 4: a learner thread printing without end must not make the console slow or unreadable. Starts such
# a thread, then types ROUNDS expressions and measures how long each takes to be answered (wall time, on a busy
# machine mostly waiting for a core); the console must answer every one and show no trace.
# Usage: .ci/robustness/printing.sh [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/robustness/console.sh
rounds=${1:-5}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/printing.XXXXXX")
s=printing-$$
trap 'tmux kill-session -t "$s" 2>/dev/null || true; rm -rf "$tmp"' EXIT
./threadlings --help >/dev/null
start_console "$s" "$tmp/state" "$tmp/work"
await "$s" 'threadlings>' 180 || { echo "no prompt"; exit 1; }
tmux send-keys -t "$s" -l 'Thread.ofPlatform().daemon().start(() -> { long i = 0; while (true) System.out.println("line " + i++); })'
tmux send-keys -t "$s" Enter
sleep 3
for r in $(seq "$rounds"); do
  t0=$(date +%s.%N)
  # the answer scrolls out of tmux's history at once under the flood, so the expression leaves a file behind
  tmux send-keys -t "$s" -l "java.nio.file.Files.writeString(java.nio.file.Path.of(\"$tmp/r$r\"), \"\" + (6 * 7))"
  tmux send-keys -t "$s" Enter
  for _ in $(seq 600); do [[ -s $tmp/r$r ]] && break; sleep 0.2; done
  if [[ -s $tmp/r$r ]]; then
    printf 'expression %s answered after %.1f s\n' "$r" "$(echo "$(date +%s.%N) - $t0" | bc)"
  else
    echo "expression $r: no answer within 120 s"
  fi
done
tmux capture-pane -p -S -5000 -t "$s" | grep -qE 'Exception|^\s+at [a-z]' && echo "a trace on screen" || echo "no trace on screen"

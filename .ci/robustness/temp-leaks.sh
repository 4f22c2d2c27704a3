#!/usr/bin/env bash
# Issue 17, item 11: no threadlings temp folder may be left behind. Counts threadlings-* folders in a temp folder of
# this script's own (java.io.tmpdir and TMPDIR point there, so other users of /tmp do not count) after N console
# starts and quits, N `check`s, and a console killed (SIGKILL) during a sandbox check followed by a new start.
# Usage: .ci/robustness/temp-leaks.sh [N=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/robustness/console.sh
n=${1:-50}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leaks.XXXXXX")
iso=$tmp/tmp; mkdir -p "$iso"
trap 'tmux kill-session -t "leaks-$$" 2>/dev/null || true; rm -rf "$tmp"' EXIT
./threadlings --help >/dev/null
export TMPDIR=$iso THREADLINGS_JAVA_OPTS="-Djava.io.tmpdir=$iso"
left() { find "$iso" -maxdepth 1 -name 'threadlings-*' | wc -l; }
echo "before: $(left) threadlings folders"
for _ in $(seq "$n"); do printf '1 + 1\n/exit\n' | ./threadlings --state "$tmp/state" --work "$tmp/work" --lang en >/dev/null 2>&1; done
echo "after $n console starts and quits: $(left)"
for _ in $(seq "$n"); do ./threadlings check races-counter --solution >/dev/null 2>&1 || true; done
echo "after $n checks: $(left)"
s=leaks-$$
start_console "$s" "$tmp/state" "$tmp/work" "TMPDIR=$iso" "THREADLINGS_JAVA_OPTS=-Djava.io.tmpdir=$iso"
await "$s" 'threadlings>' 180
tmux send-keys -t "$s" '/exercise races-counter' Enter
await "$s" 'threadlings:races-counter>' 60
tmux send-keys -t "$s" '/check' Enter
for _ in $(seq 600); do [[ -n $(find "$iso" -maxdepth 1 -name 'threadlings-sandbox-*' -print -quit) ]] && break; sleep 0.1; done
echo "during a sandbox check: $(find "$iso" -maxdepth 1 -name 'threadlings-sandbox-*' | wc -l) sandbox job folder(s)"
kill -KILL "$(console_pid "$s")"
sleep 2
tmux kill-session -t "$s"
echo "after the console was killed during it: $(left)"
printf '/exit\n' | ./threadlings --state "$tmp/state" --work "$tmp/work" --lang en >/dev/null 2>&1
sleep 2   # the sweep runs in the background of the new start
echo "after a new start and quit: $(left)"

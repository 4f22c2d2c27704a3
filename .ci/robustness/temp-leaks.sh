#!/usr/bin/env bash
# Issue 17, item 11: no threadlings temp folder may be left behind. Counts threadlings-* folders in a temp folder of
# this script's own (java.io.tmpdir and TMPDIR point there, so other users of /tmp do not count) after N console
# starts and quits, N `check`s, and a console killed (SIGKILL) during a sandbox check followed by a new start.
# Each phase prints its count; a wait that fails says which and shows the console's screen (under set -e it used
# to end the script without a word after its checks phase). Exit 0 only when no folder is left after the consoles,
# the checks and the start that follows the killed console.
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
s=leaks-$$
fail() { echo "FAILED: $*"; tmux capture-pane -p -t "$s" 2>/dev/null | grep -v '^$' | tail -8; exit 1; }
echo "before: $(left) threadlings folders"
for _ in $(seq "$n"); do printf '1 + 1\n/exit\n' | ./threadlings --state "$tmp/state" --work "$tmp/work" --lang en >/dev/null 2>&1; done
consoles=$(left)
echo "after $n console starts and quits: $consoles"
for _ in $(seq "$n"); do ./threadlings check races-counter --solution >/dev/null 2>&1 || true; done
checks=$(left)
echo "after $n checks: $checks"
start_console "$s" "$tmp/state" "$tmp/work" "TMPDIR=$iso" "THREADLINGS_JAVA_OPTS=-Djava.io.tmpdir=$iso"
await "$s" 'threadlings>' 300 || fail "no prompt from the console to kill"
tmux send-keys -t "$s" '/exercise races-counter' Enter
await "$s" 'threadlings:races-counter>' 180 || fail "/exercise races-counter did not answer"
tmux send-keys -t "$s" '/check' Enter
for _ in $(seq 1800); do [[ -n $(find "$iso" -maxdepth 1 -name 'threadlings-sandbox-*' -print -quit) ]] && break; sleep 0.1; done
jobs=$(find "$iso" -maxdepth 1 -name 'threadlings-sandbox-*' | wc -l)
echo "during a sandbox check: $jobs sandbox job folder(s)"
(( jobs > 0 )) || fail "no sandbox job folder appeared within 180 s of /check: the kill would test nothing"
pid=$(console_pid "$s") || fail "the console's process is gone"
kill -KILL "$pid"
sleep 2
tmux kill-session -t "$s"
echo "after the console was killed during it: $(left)"
printf '/exit\n' | ./threadlings --state "$tmp/state" --work "$tmp/work" --lang en >/dev/null 2>&1
sleep 2   # the sweep runs in the background of the new start
swept=$(left)
echo "after a new start and quit: $swept"
echo "temp folders left: $((consoles + checks + swept)) (after the consoles $consoles, the checks $checks, the start after the kill $swept)"
(( consoles + checks + swept == 0 ))

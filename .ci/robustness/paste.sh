#!/usr/bin/env bash
# Issue 17, item 2: a paste without bracketed paste (tmux paste-buffer without -p) must be taken in about linear
# time. Pastes about KB kilobytes and a last line, and measures the wall time until the console answers and the
# console's CPU time (from /proc) spent on it. KIND "class": one class of that size (JShell then compiles it in
# the console's VM, which is most of the time); "comments": comment lines, so what is measured is the paste itself.
# The acceptance: 100 KB in < 5 s.
# Usage: .ci/robustness/paste.sh [KB=100] [KIND=class|comments]
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/robustness/console.sh
kb=${1:-100} kind=${2:-class}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/paste.XXXXXX")
s=paste-$$
trap 'tmux kill-session -t "$s" 2>/dev/null || true; rm -rf "$tmp"' EXIT
{
  echo 'class Big {'
  i=0
  while (( $(stat -c %s "$tmp/paste.txt" 2>/dev/null || echo 0) < kb * 1024 )); do
    for _ in $(seq 50); do echo "    int m$i(int x) { return x + $i; }   // method $i of a long pasted class"; i=$((i + 1)); done >>"$tmp/paste.txt"
  done
} >"$tmp/head.txt"
if [[ $kind == class ]]; then
  { cat "$tmp/head.txt" "$tmp/paste.txt"; echo '}'; echo 'Big.class.getDeclaredMethods().length'; } >"$tmp/all.txt"
  methods=$(grep -c '^    int m' "$tmp/all.txt")
else
  { sed 's|^    |// |' "$tmp/paste.txt"; echo '6 * 7 * 100'; } >"$tmp/all.txt"
  methods=4200
fi
./threadlings --help >/dev/null
start_console "$s" "$tmp/state" "$tmp/work"
await "$s" 'threadlings>' 180 || { echo "no prompt"; exit 1; }
tmux send-keys -t "$s" '1 + 1' Enter
await "$s" '==> 2' 120 || { echo "JShell did not answer"; exit 1; }
pid=$(console_pid "$s")
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks=$(getconf CLK_TCK)
tmux load-buffer "$tmp/all.txt"
before=$(cpu); t0=$(date +%s.%N)
tmux paste-buffer -t "$s"
if await "$s" "==> $methods" 600; then
  t1=$(date +%s.%N); after=$(cpu)
  printf '%s paste of %s KB (%s lines): answered after %.1f s wall, %.1f s of console CPU\n' \
    "$kind" "$(( $(stat -c %s "$tmp/all.txt") / 1024 ))" "$(wc -l <"$tmp/all.txt")" "$(echo "$t1 - $t0" | bc)" \
    "$(echo "($after - $before) / $ticks" | bc -l)"
else
  echo "paste of $kb KB: no answer within 600 s"; tmux capture-pane -p -t "$s" | tail -5; exit 1
fi

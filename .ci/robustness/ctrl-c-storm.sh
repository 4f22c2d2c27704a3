#!/usr/bin/env bash
# Issue 17, item 1: Ctrl-C at machine speed must never end the console or show a trace. RUNS bursts per scenario of
# PRESSES Ctrl-C 4 ms apart, typed into the console's terminal with TIOCSTI (a tmux client per key takes ~300 ms
# on a busy machine, which is a human's pace): at the idle prompt, and during `while (true) {}`. After each burst
# the console must answer; a console that ended counts as a death and is started again. Prints deaths, traces and
# the presses' real mean spacing per scenario.
# Usage: .ci/robustness/ctrl-c-storm.sh [RUNS=20] [PRESSES=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/robustness/console.sh
runs=${1:-20} presses=${2:-300}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/storm.XXXXXX")
s=storm-$$
trap 'tmux kill-session -t "$s" 2>/dev/null || true; rm -rf "$tmp"' EXIT
./threadlings --help >/dev/null   # build first, outside the measured runs

# burst: PRESSES ^C into the pane's terminal, 4 ms apart (busy-waiting to the next slot); prints the mean spacing
burst() {
  python3 - "$(tmux display -p -t "$s" '#{pane_tty}')" "$presses" <<'PY'
import fcntl, os, sys, termios, time
fd, n = os.open(sys.argv[1], os.O_RDWR), int(sys.argv[2])
start = next_at = time.monotonic()
for _ in range(n):
    while time.monotonic() < next_at:
        pass
    fcntl.ioctl(fd, termios.TIOCSTI, b'\x03')
    next_at += 0.004
print((time.monotonic() - start) / (n - 1) * 1000)
PY
}

for scenario in idle loop; do
  deaths=0 traces=0 spacing=0 run=0 started=no
  while (( run < runs )); do
    if [[ $started == no ]]; then
      tmux kill-session -t "$s" 2>/dev/null || true
      start_console "$s" "$tmp/state" "$tmp/work"
      await "$s" 'threadlings>' 300 || { echo "no prompt"; exit 1; }
      started=yes
    fi
    run=$((run + 1))
    if [[ $scenario == loop ]]; then
      # the output "spinning N" is not in the echoed input, so seeing it means the loop runs
      tmux send-keys -t "$s" -l "{ System.out.println(\"spin\" + \"ning $run\"); while (true) { } }"
      tmux send-keys -t "$s" Enter
      await "$s" "spinning $run" 120 || sleep 5
    fi
    spacing=$(echo "$spacing + $(burst)" | bc -l)
    sleep 3
    tmux send-keys -t "$s" -l "int answer$run = 6 * 7"; tmux send-keys -t "$s" Enter
    if ! await "$s" "answer$run ==> 42" 120; then
      deaths=$((deaths + 1)); started=no; echo "$scenario $run: console ended or never answered"
      tmux capture-pane -p -t "$s" | tail -5
    fi
  done
  if tmux capture-pane -p -S -5000 -t "$s" | grep -qE 'Exception|^\s+at [a-z]'; then traces=1; fi
  printf 'ctrl-c storm, %s: %d console deaths in %d bursts of %d presses (mean spacing %.1f ms), trace on screen: %s\n' \
    "$scenario" "$deaths" "$runs" "$presses" "$(echo "$spacing / $runs" | bc -l)" "$([[ $traces == 1 ]] && echo yes || echo no)"
  tmux kill-session -t "$s"
done

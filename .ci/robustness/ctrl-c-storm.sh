#!/usr/bin/env bash
# Issue 17, item 1: Ctrl-C at machine speed must never end the console or show a trace. RUNS consoles per scenario
# get PRESSES Ctrl-C about 4 ms apart (tmux send-keys in a tight loop): at the idle prompt, and during
# `while (true) {}`. Afterwards the console must answer `6 * 7`. Prints deaths and traces per scenario.
# Usage: .ci/robustness/ctrl-c-storm.sh [RUNS=20] [PRESSES=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/robustness/console.sh
runs=${1:-20} presses=${2:-300}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/storm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
./threadlings --help >/dev/null   # build first, outside the measured runs
for scenario in idle loop; do
  deaths=0 traces=0
  for run in $(seq "$runs"); do
    s=storm-$$-$scenario-$run
    start_console "$s" "$tmp/state" "$tmp/work"
    if ! await "$s" 'threadlings>' 180; then echo "$scenario $run: no prompt"; deaths=$((deaths + 1)); tmux kill-session -t "$s"; continue; fi
    if [[ $scenario == loop ]]; then
      tmux send-keys -t "$s" 'while (true) {}' Enter
      sleep 3   # JShell compiles it and the loop runs
    fi
    for _ in $(seq "$presses"); do tmux send-keys -t "$s" C-c; sleep 0.004; done
    sleep 3
    tmux send-keys -t "$s" '6 * 7' Enter
    if ! await "$s" '==> 42' 120; then
      deaths=$((deaths + 1)); echo "$scenario $run: console ended or never answered"
      tmux capture-pane -p -t "$s" | tail -5
    fi
    if tmux capture-pane -p -S -2000 -t "$s" | grep -qE 'Exception|^\s+at [a-z]'; then
      traces=$((traces + 1)); echo "$scenario $run: a trace on screen"
    fi
    tmux kill-session -t "$s"
  done
  echo "ctrl-c storm, $scenario: $deaths console deaths, $traces runs with a trace, in $runs runs of $presses presses"
done

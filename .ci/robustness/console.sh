# Helpers for the robustness scripts (sourced): a console in a tmux session, and waits on what it shows.
# Each script passes its own state, work and temp folders, so runs never touch a learner's progress.

# start_console SESSION STATE WORK [ENV...]: the console in a new tmux session; its exit code is shown as "EXITED n".
start_console() {
  local session=$1 state=$2 work=$3; shift 3
  tmux new-session -d -s "$session" -x 160 -y 50 \
    "cd '$PWD' && env $* ./threadlings --state '$state' --work '$work' --lang en; echo EXITED \$?; sleep 3600"
}

# shows SESSION TEXT: the pane (with its history) contains TEXT.
shows() {
  # not grep -q: it would stop reading at the first match, and capture-pane, cut off (SIGPIPE), would fail the
  # pipeline under pipefail however much of the screen matched
  tmux capture-pane -p -S -2000 -t "$1" | grep -F -- "$2" >/dev/null
}

# await SESSION TEXT SECONDS: waits until the pane shows TEXT; fails after SECONDS or when the console ended.
await() {
  local session=$1 text=$2 limit=$3 start=$SECONDS
  while (( SECONDS - start < limit )); do
    shows "$session" "$text" && return 0
    shows "$session" "EXITED" && return 1
    sleep 0.2
  done
  return 1
}

# console_pid SESSION: the console's JVM (the pane's process after the launcher's exec).
console_pid() {
  local shell; shell=$(tmux list-panes -t "$1" -F '#{pane_pid}')
  pgrep -P "$shell" -f 'threadlings.jar' | head -1
}

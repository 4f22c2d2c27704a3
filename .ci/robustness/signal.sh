#!/usr/bin/env bash
# Issue 17, item 6 where learner VMs cannot run in a PID namespace of their own (-Dthreadlings.pidNamespace=off,
# as in a container that refuses user namespaces): learner code that signals the console is stopped and the console
# stays; a SIGTERM from outside at the idle prompt still ends it (exit 143). Prints one line per case.
# Usage: .ci/robustness/signal.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/robustness/console.sh
tmp=$(mktemp -d "${TMPDIR:-/tmp}/signal.XXXXXX")
s=signal-$$
trap 'tmux kill-session -t "$s" 2>/dev/null || true; rm -rf "$tmp"' EXIT
./threadlings --help >/dev/null
start_console "$s" "$tmp/state" "$tmp/work" "THREADLINGS_JAVA_OPTS=-Dthreadlings.pidNamespace=off"
await "$s" 'threadlings>' 180 || { echo "no prompt"; exit 1; }
tried='Your code tried to end the console'
said() { tmux capture-pane -p -S -5000 -t "$s" | grep -cF "$tried" || true; }
n=0
case_() {   # case_ NAME SNIPPET: the snippet signals the console; then 6 * 7 must still be answered
  n=$((n + 1))
  local before; before=$(said)
  tmux send-keys -t "$s" -l "$2"; tmux send-keys -t "$s" Enter   # -l: a ; ending the text is no tmux separator
  local said=no answered=no
  for _ in $(seq 300); do (( $(said) > before )) && { said=yes; break; }; sleep 0.2; done
  sleep 3
  tmux send-keys -t "$s" "/lessons" Enter; await "$s" "Open one with" 60 || true
  tmux send-keys -t "$s" "int answer$n = 6 * 7" Enter
  if await "$s" "answer$n ==> 42" 120; then answered=yes
  elif await "$s" "A fresh one is starting" 5; then tmux send-keys -t "$s" "int answer$n = 6 * 7" Enter; await "$s" "answer$n ==> 42" 120 && answered=yes; fi
  echo "$1: console said so: $said, still answers: $answered$(shows "$s" EXITED && echo ', CONSOLE ENDED')"
}
case_ "parent().destroy() in a snippet" 'ProcessHandle.current().parent().get().destroy()'
case_ "a thread that signals 3 s later" 'new Thread(() -> { try { Thread.sleep(3000); } catch (Exception e) { } ProcessHandle.current().parent().get().destroy(); }).start()'
case_ "kill -TERM by pid from a child process" 'new ProcessBuilder("kill", "-TERM", "" + ProcessHandle.current().parent().get().pid()).start().waitFor()'
case_ "a loop that signals without end" 'while (true) ProcessHandle.current().parent().get().destroy();'
sleep 11   # past the time in which a signal is still taken as the last snippet's
pid=$(console_pid "$s")
kill -TERM "$pid"
await "$s" "EXITED 143" 60 && echo "SIGTERM from outside at the idle prompt: the console ended with exit 143" \
  || { echo "SIGTERM from outside at the idle prompt: the console did not end"; tmux capture-pane -p -t "$s" | tail -5; }

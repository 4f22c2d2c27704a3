package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains why no thread can run: who holds what and waits for what (the wait-for graph), and classifies it. A
 * lost wake-up is a signal that was sent but missed (before the wait, or to another waiter) — or a latch, barrier,
 * phaser, exchange or queue that no thread is left to open; threads in wait()/await() for a signal that no thread
 * ever sent are, to a learner, waiting for each other: a deadlock.
 */
final class Deadlock {
    private Deadlock() {}

    static Failure describe(Scheduler s) {
        List<String> lines = new ArrayList<>();
        boolean signal = false;
        boolean silent = false;
        String lost = null;
        for (Slot slot : s.slots()) {
            if (slot.finished || slot.wait == null) {
                continue;
            }
            String why = "";
            if (slot.wait instanceof Wait.ForSignal w && w.needsSignal()) {
                String missed = Signals.lost(w, slot.name());
                signal |= missed != null;
                silent |= missed == null;
                lost = lost == null ? missed : lost;
                why = missed == null ? " (no thread ever sent a notify or signal on it)" : ": " + missed;
            } else {
                signal |= slot.wait.needsSignal();
            }
            List<Object> held = s.locks().heldBy(slot);
            String holds = held.isEmpty() ? "" : "holds " + String.join(", ", held.stream().map(Names::of).toList())
                    + ", ";
            lines.add(slot.name() + " " + holds + slot.wait.describe(s) + why);
            lines.addAll(Failures.frames(slot.thread.getStackTrace(), 2)); // where it waits
        }
        for (Slot slot : s.slots()) {
            if (slot.finished && !s.locks().heldBy(slot).isEmpty()) {
                lines.add(slot.name() + " finished while holding " + String.join(", ",
                        s.locks().heldBy(slot).stream().map(Names::of).toList()) + " (an unlock was skipped)");
            }
        }
        FailureKind kind = signal ? FailureKind.LOST_WAKEUP : FailureKind.DEADLOCK;
        String message = signal ? "threads wait for a signal that never comes (a lost wake-up)"
                + (lost == null ? "" : ": " + lost)
                : "threads wait for each other forever (a deadlock)" + (silent
                ? ": they wait for a notify or signal that no thread ever sends" : "");
        return new Failure(kind, message, lines);
    }
}

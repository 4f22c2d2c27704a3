package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains why no thread can run: who holds what and waits for what (the wait-for graph), and classifies it. A
 * lost wake-up is a wake-up that was sent but missed: a notify or signal before the wait or to another waiter, an
 * unpark before the thread started or while its permit was already there. Threads that wait for a wake-up no
 * thread sent — in wait()/await() with no notify, in park() with no unpark, on a latch, barrier, phaser, exchange,
 * semaphore, queue or future that no thread is left to open — wait for each other for ever: a deadlock.
 */
final class Deadlock {
    private Deadlock() {}

    static Failure describe(Scheduler s) {
        List<String> lines = new ArrayList<>();
        boolean signal = false;
        boolean silent = false;
        boolean unopened = false;
        String lost = null;
        for (Slot slot : s.slots()) {
            if (slot.finished || slot.wait == null) {
                continue;
            }
            String missed = slot.wait instanceof Wait.ForSignal w && w.needsSignal() ? Signals.lost(w, slot.name())
                    : slot.wait instanceof Wait.Parked p && p.needsSignal() ? Signals.lostUnpark(slot) : null;
            String why = "";
            if (missed != null) {
                signal = true;
                lost = lost == null ? missed : lost;
                why = ": " + missed;
            } else if (slot.wait instanceof Wait.ForSignal w && w.needsSignal()) {
                silent = true;
                why = " (no thread ever sent a notify or signal on it)";
            } else {
                unopened |= slot.wait.needsSignal();
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
                ? ": they wait for a notify or signal that no thread ever sends"
                : unopened ? ": no thread is left to release what they wait for" : "");
        return new Failure(kind, message, lines);
    }
}

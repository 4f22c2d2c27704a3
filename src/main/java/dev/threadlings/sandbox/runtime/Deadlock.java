package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/** Explains why no thread can run: who holds what and waits for what (the wait-for graph), and classifies it. */
final class Deadlock {
    private Deadlock() {}

    static Failure describe(Scheduler s) {
        List<String> lines = new ArrayList<>();
        boolean signal = false;
        for (Slot slot : s.slots()) {
            if (slot.finished || slot.wait == null) {
                continue;
            }
            signal |= slot.wait.needsSignal();
            List<Object> held = s.locks().heldBy(slot);
            String holds = held.isEmpty() ? "" : "holds " + String.join(", ", held.stream().map(Names::of).toList())
                    + ", ";
            lines.add(slot.name() + " " + holds + slot.wait.describe(s));
            lines.addAll(Failures.frames(slot.thread.getStackTrace(), 2)); // where it waits
        }
        for (Slot slot : s.slots()) {
            if (slot.finished && !s.locks().heldBy(slot).isEmpty()) {
                lines.add(slot.name() + " finished while holding " + String.join(", ",
                        s.locks().heldBy(slot).stream().map(Names::of).toList()) + " (an unlock was skipped)");
            }
        }
        String kind = signal ? "lost-wakeup" : "deadlock";
        String message = signal ? "threads wait for a signal that never comes (a lost wake-up)"
                : "threads wait for each other forever (a deadlock)";
        return new Failure(kind, message, lines);
    }
}

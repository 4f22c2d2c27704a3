package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.Missed;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Waiter;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains why no thread can run: who holds what and waits for what (the wait-for graph), and classifies it. A
 * lost wake-up is a wake-up that was sent but missed: a notify or signal before the wait or to another waiter, an
 * unpark before the thread started or while its permit was already there. Threads that wait for a wake-up no
 * thread sent — in wait()/await() with no notify, in park() with no unpark, on a latch, barrier, phaser, exchange,
 * semaphore, queue or future that no thread is left to open — wait for each other for ever: a deadlock.
 */
public final class Deadlock {
    private Deadlock() {}

    public static Finding describe(Scheduler s) {
        List<Waiter> waiters = new ArrayList<>();
        boolean silent = false;
        boolean unopened = false;
        Missed lost = null;
        for (ManagedThread slot : s.slots()) {
            if (slot.finished || slot.wait == null) {
                continue;
            }
            Missed missed = slot.wait instanceof Wait.ForSignal w && w.needsSignal() ? Signals.lost(w, slot.name())
                    : slot.wait instanceof Wait.Parked p && p.needsSignal() ? Signals.lostUnpark(slot) : null;
            boolean neverSignalled = false;
            if (missed != null) {
                lost = lost == null ? missed : lost;
            } else if (slot.wait instanceof Wait.ForSignal w && w.needsSignal()) {
                silent = true;
                neverSignalled = true;
            } else {
                unopened |= slot.wait.needsSignal();
            }
            List<String> held = s.locks().heldBy(slot).stream().map(Names::of).toList();
            waiters.add(new Waiter(slot.name(), held, slot.wait.describe(s), missed, neverSignalled,
                    Failures.frames(slot.thread.getStackTrace(), 2))); // where it waits
        }
        List<Waiter.Leak> leaks = new ArrayList<>();
        for (ManagedThread slot : s.slots()) {
            if (slot.finished && !s.locks().heldBy(slot).isEmpty()) {
                leaks.add(new Waiter.Leak(slot.name(), s.locks().heldBy(slot).stream().map(Names::of).toList()));
            }
        }
        if (lost != null) {
            return new Finding.LostWakeup(lost, waiters, leaks);
        }
        return new Finding.Deadlock(silent ? Finding.Deadlock.Reason.NO_SIGNAL_SENT : unopened
                ? Finding.Deadlock.Reason.NOTHING_LEFT_TO_RELEASE : Finding.Deadlock.Reason.EACH_OTHER, waiters, leaks);
    }
}

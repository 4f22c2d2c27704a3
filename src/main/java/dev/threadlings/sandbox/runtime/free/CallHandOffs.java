package dev.threadlings.sandbox.runtime.free;

import dev.threadlings.sandbox.runtime.race.CollectionAccesses;
import dev.threadlings.sandbox.runtime.race.ListElements;
import dev.threadlings.sandbox.runtime.race.ConcurrentDetector;
import dev.threadlings.sandbox.runtime.race.ObservedThread;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * What a call on a JDK object hands over in a free run, for {@link FreeRunHooks}'s hooks around it: a call on a
 * java.util.concurrent object releases into that object before (unless it only reads) and acquires from it after;
 * learner callbacks the JDK runs inside such a call (a barrier's action, compute's function, a RecursiveTask's
 * compute) synchronize through that call's object.
 */
final class CallHandOffs {
    private CallHandOffs() {}

    /**
     * Before a call on a JDK object: a collection's contents are accessed; a thread-safe object is released into
     * (unless the call only reads it), and is the object learner callbacks run inside of until the call returns.
     */
    static void before(ConcurrentDetector d, Object receiver, boolean collection, int index, String what, String loc) {
        ObservedThread m = d.me();
        if (collection && !CollectionAccesses.synchronizes(receiver)) {
            if (ListElements.byIndex(receiver)) { // get(i)/set(i, x) and the rest, element by element
                ListElements.call((java.util.List<?>) receiver, index, what, (i, write) -> {
                    if (i < 0) {
                        d.element(m, receiver, -1, write, loc);
                    } else {
                        d.listElement(m, receiver, i, write, loc);
                    }
                });
            } else {
                d.element(m, receiver, -1, CollectionAccesses.writes(what), loc);
            }
            return;
        }
        Object key = key(d, receiver);
        if (CollectionAccesses.writes(what)) {
            d.release(m, key);
            d.acquire(m, key);    // a function it runs here (compute, merge) comes after the last such call's
        }
        m.enterCall(key);
    }

    /**
     * After it: what the object holds is acquired (with {@code RESULTS}, the ends of finished tasks too); a call
     * that changed it releases again, for what callbacks did inside it (compute's function, a barrier's action).
     */
    static void after(ConcurrentDetector d, Object receiver, boolean collection, boolean results, String what) {
        ObservedThread m = d.me();
        if (!collection || CollectionAccesses.synchronizes(receiver)) {
            Object key = key(d, receiver);
            m.exitCall(key);
            d.acquire(m, key);
            if (CollectionAccesses.writes(what)) {
                d.release(m, key);
            }
        }
        if (results) {
            d.acquire(m, ConcurrentDetector.ENDS);
        }
    }

    /**
     * A learner override the JDK calls (Phaser.onAdvance, a RecursiveTask's compute) starts: it sees what its object
     * holds (arrivals released into the phaser; the fork or invoke that handed the task over) and what the call it
     * runs inside of holds.
     */
    static void callbackEnter(ConcurrentDetector d, Object self) {
        ObservedThread m = d.me();
        d.acquire(m, key(d, self));
        if (m.inCall() != null) {
            d.acquire(m, m.inCall());
        }
    }

    /** … and ends: what it did is released into both, and a fork/join task's end to whoever collects results. */
    static void callbackExit(ConcurrentDetector d, Object self) {
        ObservedThread m = d.me();
        d.release(m, key(d, self));
        if (self instanceof java.util.concurrent.ForkJoinTask<?>) {
            d.release(m, ConcurrentDetector.ENDS);
        }
        if (m.inCall() != null) {
            d.release(m, m.inCall());
        }
    }

    /** A learner method the JDK runs inside a call: what the call's object holds. */
    static void calledBack(ConcurrentDetector d) {
        ObservedThread m = d.me();
        Object in = m.inCall();
        if (in != null) {
            d.acquire(m, in);
        }
    }

    /** The object a call synchronizes through: a Condition's or a read/write view's lock, else the receiver. */
    static Object key(ConcurrentDetector d, Object receiver) {
        if (receiver instanceof Condition || receiver instanceof Lock) {
            Object owner = d.owners.get(receiver);
            return owner != null ? owner : receiver;
        }
        return receiver;
    }
}

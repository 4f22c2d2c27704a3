package dev.threadlings.sandbox.runtime.free;

import dev.threadlings.sandbox.runtime.race.Immutables;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import dev.threadlings.sandbox.runtime.race.ConcurrentDetector;
import dev.threadlings.sandbox.runtime.race.ObservedThread;
import dev.threadlings.sandbox.runtime.race.InstalledDetector;
import java.util.concurrent.FutureTask;

/**
 * What learner code instrumented for a free run calls (the host's {@code MethodRewriter} in free mode and
 * {@code FreeCallRules}): the program keeps its real monitors, locks and JDK calls and runs on real threads; these
 * hooks only tell the {@link ConcurrentDetector} what happened. Without a free run installed, every hook does nothing.
 * Public because learner classes live in another class loader.
 *
 * <p>Hand-offs through the JDK are seen at the call: a call on a java.util.concurrent object releases into that
 * object before (unless it only reads) and acquires from it after, which orders put → take, countDown → await,
 * unlock → lock, set → get; a task handed to a pool or a thread acquires what its submitter knew; a task's end is
 * released to whoever collects results (get, join, awaitTermination, invokeAll). This is coarser than the
 * explorer's models — a race hidden behind unrelated calls on the same object can be missed — but never reports
 * a race that is not there.
 */
public final class FreeRunHooks {
    /** Call kinds, bits set by the instrumentation. */
    public static final int COLLECTION = 1;
    public static final int RESULTS = 2;

    private static final Object PARKING = new Object();
    /** FutureTask's thread that runs it, which cancel(true) interrupts. */
    private static final java.lang.reflect.Field RUNNER = runnerField();

    private FreeRunHooks() {}

    // ---- accesses -----------------------------------------------------------------------------------------------

    /** A field access; the arguments are those of {@link SchedulingPoints#field}. A volatile read calls this after reading. */
    public static void field(Object owner, Object old, Object value, String key, String what, int kind, String loc) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.field(d.me(), owner, key, what, (kind & 1) != 0, (kind & 2) != 0,
                    old == null && value != null && Immutables.is(value), (kind & 4) != 0, loc);
        }
    }

    public static void constructed(Object object) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.constructed(object);
        }
    }

    public static void element(Object array, int index, int kind, String loc) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && array != null && index >= 0) {       // out of bounds: the access itself will throw
            d.element(d.me(), array, index, (kind & 1) != 0, loc);
        }
    }

    // ---- monitors (the real monitorenter and monitorexit stay) ---------------------------------------------------

    public static void monitorEnter(Object o) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.monitors.monitorEnter(d.me(), o);
        }
    }

    public static void monitorExit(Object o) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.monitors.monitorExit(d.me(), o);
        }
    }

    // ---- calls on JDK objects -----------------------------------------------------------------------------------

    /**
     * Before a call on a JDK object: a collection's contents are accessed; a thread-safe object is released into
     * (unless the call only reads it), and is the object learner callbacks run inside of until the call returns.
     */
    public static void before(Object receiver, int kind, String what, String loc) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && receiver != null) {
            CallHandOffs.before(d, receiver, (kind & COLLECTION) != 0, -1, what, loc);
        }
    }

    /** {@link #before} for a list's get(i)/set(i, x): a list followed element by element sees element {@code index}. */
    public static void beforeIndexed(Object receiver, int index, int kind, String what, String loc) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && receiver != null) {
            CallHandOffs.before(d, receiver, (kind & COLLECTION) != 0, index, what, loc);
        }
    }

    /**
     * After it: what the object holds is acquired (with {@code RESULTS}, the ends of finished tasks too); a call
     * that changed it releases again, for what callbacks did inside it (compute's function, a barrier's action).
     */
    public static void after(Object receiver, int kind, String what) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && receiver != null) {
            CallHandOffs.after(d, receiver, (kind & COLLECTION) != 0, (kind & RESULTS) != 0, what);
        }
    }

    /** A learner override the JDK calls (Phaser.onAdvance, a RecursiveTask's compute) starts. */
    public static void callbackEnter(Object self) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            CallHandOffs.callbackEnter(d, self);
        }
    }

    /** … and ends. */
    public static void callbackExit(Object self) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            CallHandOffs.callbackExit(d, self);
        }
    }

    /**
     * Any other learner method starts: when the JDK runs it inside a call on a thread-safe object (a
     * PriorityBlockingQueue's sift calling the elements' compareTo, under the queue's lock), it sees what that
     * object's earlier calls handed over. Outside such a call it does nothing.
     */
    public static void calledBack() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            CallHandOffs.calledBack(d);
        }
    }

    /** After Arrays.parallelSetAll and the like: the ends of the tasks it ran. */
    public static void results() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.acquire(d.me(), ConcurrentDetector.ENDS);
        }
    }

    /** A fork/join task given to a pool (invoke, submit, execute): its compute() starts from here. */
    public static void handOver(Object task) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && task != null) {
            d.release(d.me(), CallHandOffs.key(d, task));
        }
    }

    /** {@code lock.newCondition()}, {@code rw.readLock()}: calls on the result are calls on the lock. */
    public static void owned(Object view, Object owner) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && view != null && owner != null) {
            d.owners.put(view, CallHandOffs.key(d, owner));
        }
    }

    /** Between StampedLock.tryOptimisticRead and validate: reads are not checked (validate is their check). */
    public static void optimistic(boolean on) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.me().optimistic = on;
        }
    }

    /** {@code thread.start()}: what the starter did so far happens before the thread's first step. */
    public static void start(Thread t) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && t != null) {
            d.release(d.me(), t);
        }
    }

    /** {@code o.wait()} gives the monitor up and takes it back. */
    public static void waitBefore(Object o) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.monitors.waitBefore(d.me(), o);
        }
    }

    public static void waitAfter(Object o) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.monitors.waitAfter(d.me(), o);
        }
    }

    /** A wait() that threw (interrupted) has still taken its monitor back: the one waitBefore gave up. */
    public static void waitThrew() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            ObservedThread m = d.me();
            if (m.waitingOn != null) {
                d.monitors.waitAfter(m, m.waitingOn);
            }
        }
    }

    /** A get() or join() that threw (the task failed, or was cancelled) has still seen the task end. */
    public static void resultThrew() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.acquire(d.me(), ConcurrentDetector.ENDS);
        }
    }

    /**
     * After {@code Thread.interrupted()}: when it saw the flag set, the interrupt happens before what follows
     * (JLS 17.4.4), as {@code interrupt()} released into the thread.
     */
    public static void interruptSeen(boolean interrupted) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && interrupted) {
            d.acquire(d.me(), Thread.currentThread());
        }
    }

    /**
     * Before {@code future.cancel(mayInterrupt)}: a FutureTask interrupts the thread that runs it from inside the
     * JDK; what the canceller did is released into that thread, as {@code interrupt()} is.
     */
    public static void cancelling(Object future, boolean mayInterrupt) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null && mayInterrupt && future instanceof FutureTask<?> task && RUNNER != null) {
            try {
                if (RUNNER.get(task) instanceof Thread runner) {
                    d.release(d.me(), runner);
                }
            } catch (IllegalAccessException e) {
                // no runner known: no edge, as for a task not started
            }
        }
    }

    private static java.lang.reflect.Field runnerField() {
        try {
            java.lang.reflect.Field f = FutureTask.class.getDeclaredField("runner");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.util.concurrent not opened: cancel(true) then gives no edge
        }
    }

    /** A learner handler that can catch an InterruptedException starts: if it did, as {@link #interruptSeen}. */
    public static void caught(Throwable t) {
        interruptSeen(t instanceof InterruptedException);
    }

    /** {@code LockSupport.unpark} before, {@code park} after: a hand-off between some two threads. */
    public static void unpark() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.release(d.me(), PARKING);
        }
    }

    public static void parked() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.acquire(d.me(), PARKING);
        }
    }

    /** A static initializer runs (and whatever it calls): its accesses are not followed. */
    public static void initializerEnter() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.me().initializing++;
        }
    }

    public static void initializerExit() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            d.me().initializing--;
        }
    }

    /** The end of a learner {@code Thread} subclass's run(): joiners and result collectors see it. */
    public static void bodyExit() {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            ObservedThread m = d.me();
            d.release(m, Thread.currentThread());
            d.release(m, ConcurrentDetector.ENDS);
        }
    }
}

package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.Stalled;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * A schedule that stopped making progress although a thread holds the baton: it is blocked or spinning in code
 * the sandbox does not model (a JDK class that blocks inside itself). Reported honestly, with where it is.
 */
final class Stuck {
    /** The sandbox runtime's classes, in every package of it. */
    private static final String RUNTIME = Finding.class.getPackageName() + ".";

    private Stuck() {}

    static Finding describe(Scheduler s) {
        List<Stalled> threads = new ArrayList<>();
        boolean spinning = false;
        String blockedIn = null;
        for (ManagedThread slot : s.slots()) {
            if (slot.finished || !slot.thread.isAlive() || waitingForTurn(slot.thread)) {
                continue;
            }
            StackTraceElement[] stack = slot.thread.getStackTrace();
            String jdkCall = "";
            for (StackTraceElement e : stack) {
                if ("sandbox".equals(e.getClassLoaderName())) {
                    break;
                }
                if (!e.getClassName().startsWith(RUNTIME)) {
                    // the JDK method the learner called; the sandbox's stand-in for it (a model's) is no name to show
                    jdkCall = Names.clean(e.getClassName()) + "." + e.getMethodName();
                }
            }
            boolean inLearnerCode = stack.length > 0 && "sandbox".equals(stack[0].getClassLoaderName());
            spinning |= inLearnerCode;
            if (!inLearnerCode && blockedIn == null && !jdkCall.isEmpty()) {
                blockedIn = jdkCall;
            }
            threads.add(new Stalled(slot.name(), inLearnerCode, slot.thread.getState().name().toLowerCase(), jdkCall,
                    Failures.frames(stack, 2)));
        }
        // the host reads a blocked thread as "could not check": the finding names the call when there is one
        return spinning ? new Finding.Spinning(threads) : new Finding.Blocked(blockedIn, threads);
    }

    /**
     * What the threads of a schedule that took no step are doing (see {@link Silence}). Read from another thread while
     * they go on, so a look may be out of date: Silence decides only on what many looks agree on.
     */
    static Silence.Activity activity(Scheduler s) {
        List<ManagedThread> slots = s.slots();
        boolean running = false;
        for (int i = 0; i < slots.size(); i++) { // by index: a thread may register a new slot meanwhile
            ManagedThread slot = slots.get(i);
            if (slot == null || slot.finished || !slot.thread.isAlive()) {
                continue;
            }
            if (slot.baton.given()) {
                return Silence.Activity.HANDING_OVER;
            }
            Thread.State state = slot.thread.getState();
            StackTraceElement[] stack = slot.thread.getStackTrace();
            if (waitingForTurn(stack)) {
                if (state == Thread.State.RUNNABLE) {
                    return Silence.Activity.HANDING_OVER; // the scheduler's own code, or just woken to take a turn
                }
            } else if (state == Thread.State.RUNNABLE && (stack.length == 0 || !stack[0].isNativeMethod())) {
                running = true; // (in a native method, a RUNNABLE thread is mostly blocked: reading a socket, say)
            }
        }
        return running ? Silence.Activity.RUNNING : Silence.Activity.BLOCKED;
    }

    /** CPU time the VM's threads spent so far, the caller's own excepted (virtual threads' is their carriers'). */
    static long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            if (id != me) {
                sum += Math.max(0, mx.getThreadCpuTime(id)); // -1: ended meanwhile, or not measured
            }
        }
        return sum;
    }

    /** True for a thread parked by the scheduler itself, waiting for its turn. */
    private static boolean waitingForTurn(Thread t) {
        return waitingForTurn(t.getStackTrace());
    }

    private static boolean waitingForTurn(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().equals(Scheduler.class.getName())) {
                return true;
            }
        }
        return false;
    }
}

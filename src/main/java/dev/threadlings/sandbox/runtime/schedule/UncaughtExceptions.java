package dev.threadlings.sandbox.runtime.schedule;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Uncaught exceptions as the JVM dispatches them: to the dying thread's own handler, else its thread group's
 * (a learner's ThreadGroup may override it), else the default handler. Only an exception no handler takes fails
 * the schedule. The default handler is kept per schedule (the learner's {@code setDefaultUncaughtExceptionHandler}
 * lands here, not in the explorer VM), so one schedule's setting never leaks into the next. Here, not in the
 * exported stand-ins: learner code must not dispatch for a thread.
 */
public final class UncaughtExceptions {
    private static final ScheduleLocal<AtomicReference<Thread.UncaughtExceptionHandler>> DEFAULT_HANDLER =
            new ScheduleLocal<>(AtomicReference::new);

    private UncaughtExceptions() {}

    /** The schedule's default handler (learner code's {@code Thread.getDefaultUncaughtExceptionHandler}). */
    public static AtomicReference<Thread.UncaughtExceptionHandler> defaultHandler() {
        return DEFAULT_HANDLER.get();
    }

    /**
     * Runs the handler that takes {@code t} escaping {@code slot}'s thread, on that thread, as the JVM does before
     * the thread ends. Returns what fails the schedule: {@code t} when no handler takes it (and always for main,
     * whose exception ends the program with an error), an {@link ExitCalled} if a handler called System.exit, else
     * null. What a handler throws is ignored, as by the JVM.
     */
    public static Throwable dispatch(ManagedThread slot, Throwable t) {
        if (slot.id == 0 || t instanceof ExitCalled || t instanceof SandboxAbort) {
            return t;
        }
        Thread.UncaughtExceptionHandler h = slot.handle.getUncaughtExceptionHandler();
        if (h != null && h.getClass() == ThreadGroup.class) {
            h = DEFAULT_HANDLER.get().get(); // a plain group passes it to the default handler (the system group's rule)
        }
        if (h == null) {
            return t;
        }
        try {
            h.uncaughtException(slot.handle, t);
        } catch (ExitCalled | SandboxAbort e) {
            return e;
        } catch (Throwable ignored) {
            // the JVM ignores an exception thrown by the handler itself
        }
        return null;
    }
}

package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;

/**
 * Casts and {@code instanceof} tests of learner code against the JDK's pool classes (ThreadPoolExecutor,
 * ScheduledThreadPoolExecutor, ForkJoinPool, AbstractExecutorService), answered as the JDK's own pool would answer
 * them: a managed pool is not the class the factory makes in a real JVM. A cast that a real JVM lets through but the
 * managed pool cannot take ({@code (ForkJoinPool) Executors.newWorkStealingPool()}) is "not modelled", never the
 * learner's ClassCastException; one the JVM refuses ({@code (ThreadPoolExecutor) Executors.newSingleThreadExecutor()})
 * throws, as there.
 */
public final class PoolCasts {
    private PoolCasts() {}

    /** A managed pool: the class of the pool the JDK's factory would have made ({@code made} names the factory). */
    interface JdkPool {
        Class<?> jdkClass();

        String made();
    }

    /** Before {@code CHECKCAST target}: the value cast, as the JVM would cast the JDK's pool. */
    public static Object cast(Object value, Class<?> target, String loc) {
        if (!(value instanceof JdkPool pool) || target.isInstance(value) == target.isAssignableFrom(pool.jdkClass())) {
            return value; // the cast succeeds or fails as it would on the JDK's pool
        }
        if (!target.isAssignableFrom(pool.jdkClass())) {
            throw new ClassCastException("the pool made by " + pool.made() + " cannot be cast to class "
                    + target.getName());
        }
        notModelled("(" + target.getSimpleName() + ") " + pool.made(), loc);
        return value;
    }

    /** In place of {@code INSTANCEOF target}: what the JVM answers for the JDK's pool. */
    public static boolean isInstance(Object value, Class<?> target) {
        return value instanceof JdkPool pool ? target.isAssignableFrom(pool.jdkClass()) : target.isInstance(value);
    }

    private static void notModelled(String call, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            throw new IllegalStateException("a managed pool outside a schedule: " + call);
        }
        Scheduler s = RunningSchedule.scheduler();
        s.note(self, call, loc);
        s.fail(new Finding.NotModelled(call, loc, Finding.NotModelled.Advice.KEEP_THE_INTERFACE));
        throw new SandboxAbort();
    }
}

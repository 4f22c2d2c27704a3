package dev.threadlings.checking;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A limit inside a check's code, judged like the check's {@code timeout=}: by what the learner VM did, never by
 * wall time alone (ARCHITECTURE.md, "Time limits"). A check that decides correctness by time — "the second lookup
 * started while the first still waited", "the call returned without waiting for the slow job", "forty calls took
 * under 500 ms" — waits here instead of in {@code latch.await(300, MILLISECONDS)} or against {@code nanoTime()}: the
 * time that counts is the VM's CPU time plus the wall time in which every thread slept or waited (a serial
 * solution waiting for itself), and not the time its runnable threads waited for a core. A correct solution on a
 * machine at load 30 waits longer; a serial one still runs out of time. Check code only, in the learner VM:
 * {@code import dev.threadlings.checking.Within;}. Not for {@code explore} checks (the sandbox has virtual time),
 * nor for lower bounds ("takes at least 90 ms"), which wall time already judges safely.
 */
public final class Within implements AutoCloseable {
    /** The grain of a wait: how often it asks whether its limit ran out. */
    private static final long SLICE_NANOS = SelfWatch.LOOK_NANOS;

    /** A bounded wait for something: true once it happened, false when {@code nanos} went by without it. */
    @FunctionalInterface
    public interface Wait {
        boolean waitFor(long nanos) throws InterruptedException;
    }

    private final SelfWatch watch;
    private final long start;
    private boolean closed; // guarded by this

    private Within(SelfWatch watch) {
        this.watch = watch;
        this.start = watch.lease();
    }

    /** A clock that starts now, for measuring how long a call took ({@link #elapsed()}); close it when done. */
    public static Within clock() {
        return new Within(SelfWatch.get());
    }

    /** The time charged since the clock started (as of the last look, every 20 ms); callable from any thread. */
    public Duration elapsed() {
        return Duration.ofNanos(Math.max(0, watch.charged() - start));
    }

    /** Waits until {@code wait} says it happened (true) or {@code limit} was charged without it (false). */
    public static boolean await(Duration limit, Wait wait) throws InterruptedException {
        try (Within clock = clock()) {
            long limitNanos = limit.toNanos();
            while (!wait.waitFor(SLICE_NANOS)) {
                if (clock.elapsed().toNanos() >= limitNanos) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code latch.await(limit)}, the limit judged by what the VM did. */
    public static boolean await(CountDownLatch latch, Duration limit) throws InterruptedException {
        return await(limit, nanos -> latch.await(nanos, TimeUnit.NANOSECONDS));
    }

    /** {@code thread.join(limit)}: true if the thread ended within the limit. */
    public static boolean join(Thread thread, Duration limit) throws InterruptedException {
        return await(limit, nanos -> thread.join(Duration.ofNanos(nanos)));
    }

    /** Polls {@code condition} until it holds (true) or the limit ran out (false). */
    public static boolean until(BooleanSupplier condition, Duration limit) throws InterruptedException {
        return await(limit, nanos -> {
            if (condition.getAsBoolean()) {
                return true;
            }
            TimeUnit.NANOSECONDS.sleep(nanos);
            return condition.getAsBoolean();
        });
    }

    /**
     * Sleeps for {@code time} of the VM's time: a slow call a check stands in for, which a busy machine must not cut
     * short (a wall-clock sleep ends while the thread that should have cancelled it waited for a core).
     * Interruptible, as {@link Thread#sleep} is.
     */
    public static void sleep(Duration time) throws InterruptedException {
        await(time, nanos -> {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return false;
        });
    }

    /** {@code future.get(limit)}: its value, or TimeoutException when the limit ran out before it was done. */
    public static <T> T get(Future<T> future, Duration limit)
            throws InterruptedException, ExecutionException, TimeoutException {
        boolean done = await(limit, nanos -> {
            try {
                future.get(nanos, TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                return true; // done, by failing: the get below says how
            }
        });
        if (!done) {
            throw new TimeoutException("not done within " + limit.toMillis() + " ms of the learner VM's time");
        }
        return future.get();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            watch.release();
        }
    }
}

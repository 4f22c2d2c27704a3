package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A task of a {@link ManagedScheduledPool} pool: its due time on the virtual clock, its period (0 once, > 0 fixed rate,
 * < 0 fixed delay) and its number (tasks due at the same time run in submission order). It is its own future.
 */
final class ScheduledJob<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
    private final ManagedScheduledPool pool;
    long time;
    final long period;
    final long seq;

    ScheduledJob(ManagedScheduledPool pool, Callable<V> task, long time, long period) {
        super(task);
        this.pool = pool;
        this.time = time;
        this.period = period;
        this.seq = pool.nextSequence();
    }

    String label() {
        return (period == 0 ? Phrase.TASK : Phrase.PERIODIC_TASK).with(seq);
    }

    @Override
    public boolean isPeriodic() {
        return period != 0;
    }

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(time - ManagedScheduledPool.now(), TimeUnit.MILLISECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
        if (other instanceof ScheduledJob<?> j) {
            int c = Long.compare(time, j.time);
            return c != 0 ? c : Long.compare(seq, j.seq);
        }
        return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
    }

    @Override
    public void run() {
        if (!isPeriodic()) {
            super.run();
        } else if (super.runAndReset()) { // false: it threw (the future keeps the exception) or was cancelled
            time = period > 0 ? time + period : ManagedScheduledPool.now() - period;
            pool.again(this);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            pool.cancelled(this);
        }
        return cancelled;
    }
}

package dev.threadlings.sandbox.runtime.schedule;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A model's per-schedule state, as a ThreadLocal is per thread: each {@link Scheduler} holds its own value, made on
 * first use, so every schedule starts from none and no list of resets has to name each model (a model added
 * without its reset line used to carry one schedule's waiters into the next). Declared once per model, as a static
 * final key: {@code private static final ScheduleLocal<Map<…>> WAITING = new ScheduleLocal<>(IdentityHashMap::new)}.
 * Outside a schedule (no scheduler installed) a fresh value serves the call and is dropped, as the next schedule
 * would have dropped it.
 */
public final class ScheduleLocal<T> {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final int index = COUNT.getAndIncrement();
    private final Supplier<T> fresh;

    public ScheduleLocal(Supplier<T> fresh) {
        this.fresh = fresh;
    }

    /** This model's state in the running schedule. */
    public T get() {
        Scheduler s = RunningSchedule.scheduler();
        return s == null ? fresh.get() : s.locals.get(this);
    }

    /**
     * One schedule's values, indexed by key. Only the thread holding the baton (or the explorer before the first
     * one runs) touches a model's state; the first use of a key is made under the lock all the same, since the
     * array may grow while a model class is first initialized.
     */
    static final class Values {
        private Object[] values = new Object[Math.max(16, COUNT.get())];

        @SuppressWarnings("unchecked")
        public <T> T get(ScheduleLocal<T> key) {
            Object[] v = values;
            Object value = key.index < v.length ? v[key.index] : null;
            return value != null ? (T) value : first(key);
        }

        @SuppressWarnings("unchecked")
        private synchronized <T> T first(ScheduleLocal<T> key) {
            if (key.index >= values.length) {
                values = Arrays.copyOf(values, Math.max(key.index + 1, values.length * 2));
            }
            Object value = values[key.index];
            if (value == null) {
                value = key.fresh.get();
                values[key.index] = value;
            }
            return (T) value;
        }
    }
}

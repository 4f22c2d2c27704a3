package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A task handed to a thread, a pool or a CompletableFuture in a free run: wrapped where it is handed over, so that
 * when it runs (on whatever thread) it first acquires what its submitter knew, and its end is released to whoever
 * collects results. Without a free run installed the task is returned as it is.
 */
public final class FreeTasks {
    private FreeTasks() {}

    /** The submitter's side: what the task will start from, or null outside a free run. */
    private static VectorClock handOver() {
        FreeDetector d = Detect.detector;
        return d == null || d.gaveUp() ? null : d.snapshot(d.me());
    }

    /**
     * {@code stage}: a CompletableFuture's dependent stage (thenApply's function…), which runs after the stage it
     * depends on — on whichever thread completed it — so it acquires the ends of the tasks finished so far.
     */
    private static void begin(VectorClock from, boolean stage) {
        FreeDetector d = Detect.detector;
        if (d != null) {
            FreeDetector.Me m = d.me();
            d.acquire(m, from);
            if (stage) {
                d.acquire(m, FreeDetector.ENDS);
            }
            if (m.inCall() != null) {            // run inside a JDK call (a barrier's action): through its object
                d.acquire(m, m.inCall());
            }
        }
    }

    private static void end() {
        FreeDetector d = Detect.detector;
        if (d != null) {
            FreeDetector.Me m = d.me();
            d.release(m, Thread.currentThread());
            d.release(m, FreeDetector.ENDS);
            if (m.inCall() != null) {
                d.release(m, m.inCall());
            }
        }
    }

    public static Runnable task(Runnable r) {
        return runnable(r, false);
    }

    public static Runnable stage(Runnable r) {
        return runnable(r, true);
    }

    private static Runnable runnable(Runnable r, boolean stage) {
        VectorClock from = handOver();
        return from == null || r == null ? r : () -> {
            begin(from, stage);
            try {
                r.run();
            } finally {
                end();
            }
        };
    }

    public static <T> Callable<T> task(Callable<T> c) {
        return callable(c, false);
    }

    public static <T> Callable<T> stage(Callable<T> c) {
        return callable(c, true);
    }

    private static <T> Callable<T> callable(Callable<T> c, boolean stage) {
        VectorClock from = handOver();
        return from == null || c == null ? c : () -> {
            begin(from, stage);
            try {
                return c.call();
            } finally {
                end();
            }
        };
    }

    public static <T> Supplier<T> task(Supplier<T> s) {
        return supplier(s, false);
    }

    public static <T> Supplier<T> stage(Supplier<T> s) {
        return supplier(s, true);
    }

    private static <T> Supplier<T> supplier(Supplier<T> s, boolean stage) {
        VectorClock from = handOver();
        return from == null || s == null ? s : () -> {
            begin(from, stage);
            try {
                return s.get();
            } finally {
                end();
            }
        };
    }

    public static <T, R> Function<T, R> task(Function<T, R> f) {
        return function(f, false);
    }

    public static <T, R> Function<T, R> stage(Function<T, R> f) {
        return function(f, true);
    }

    private static <T, R> Function<T, R> function(Function<T, R> f, boolean stage) {
        VectorClock from = handOver();
        return from == null || f == null ? f : t -> {
            begin(from, stage);
            try {
                return f.apply(t);
            } finally {
                end();
            }
        };
    }

    public static <T, U, R> BiFunction<T, U, R> task(BiFunction<T, U, R> f) {
        return biFunction(f, false);
    }

    public static <T, U, R> BiFunction<T, U, R> stage(BiFunction<T, U, R> f) {
        return biFunction(f, true);
    }

    private static <T, U, R> BiFunction<T, U, R> biFunction(BiFunction<T, U, R> f, boolean stage) {
        VectorClock from = handOver();
        return from == null || f == null ? f : (t, u) -> {
            begin(from, stage);
            try {
                return f.apply(t, u);
            } finally {
                end();
            }
        };
    }

    public static <T> Consumer<T> task(Consumer<T> c) {
        return consumer(c, false);
    }

    public static <T> Consumer<T> stage(Consumer<T> c) {
        return consumer(c, true);
    }

    private static <T> Consumer<T> consumer(Consumer<T> c, boolean stage) {
        VectorClock from = handOver();
        return from == null || c == null ? c : t -> {
            begin(from, stage);
            try {
                c.accept(t);
            } finally {
                end();
            }
        };
    }

    public static <T, U> BiConsumer<T, U> task(BiConsumer<T, U> c) {
        return biConsumer(c, false);
    }

    public static <T, U> BiConsumer<T, U> stage(BiConsumer<T, U> c) {
        return biConsumer(c, true);
    }

    private static <T, U> BiConsumer<T, U> biConsumer(BiConsumer<T, U> c, boolean stage) {
        VectorClock from = handOver();
        return from == null || c == null ? c : (t, u) -> {
            begin(from, stage);
            try {
                c.accept(t, u);
            } finally {
                end();
            }
        };
    }

    /** invokeAll / invokeAny: every task of the collection. */
    public static <T> Collection<Callable<T>> callables(Collection<? extends Callable<T>> tasks) {
        if (Detect.detector == null || tasks == null) {
            @SuppressWarnings("unchecked")
            Collection<Callable<T>> same = (Collection<Callable<T>>) tasks;
            return same;
        }
        List<Callable<T>> out = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) {
            out.add(callable(t, false));
        }
        return out;
    }
}

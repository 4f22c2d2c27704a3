package dev.threadlings.sandbox.runtime.free;

import dev.threadlings.sandbox.runtime.race.VectorClock;
import dev.threadlings.sandbox.runtime.race.InstalledDetector;
import static dev.threadlings.sandbox.runtime.free.TaskHandOff.INLINE;
import static dev.threadlings.sandbox.runtime.free.TaskHandOff.STAGE;
import static dev.threadlings.sandbox.runtime.free.TaskHandOff.TASK;
import static dev.threadlings.sandbox.runtime.free.TaskHandOff.begin;
import static dev.threadlings.sandbox.runtime.free.TaskHandOff.end;
import static dev.threadlings.sandbox.runtime.free.TaskHandOff.handOver;

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
public final class TaskWrappers {
    private TaskWrappers() {}

    public static Runnable task(Runnable r) {
        return runnable(r, TASK);
    }

    public static Runnable stage(Runnable r) {
        return runnable(r, STAGE);
    }

    private static Runnable runnable(Runnable r, int mode) {
        VectorClock from = handOver(mode);
        return from == null || r == null ? r : () -> {
            begin(from, mode);
            try {
                r.run();
            } finally {
                end(mode);
            }
        };
    }

    public static <T> Callable<T> task(Callable<T> c) {
        return callable(c, TASK);
    }

    public static <T> Callable<T> stage(Callable<T> c) {
        return callable(c, STAGE);
    }

    private static <T> Callable<T> callable(Callable<T> c, int mode) {
        VectorClock from = handOver(mode);
        return from == null || c == null ? c : () -> {
            begin(from, mode);
            try {
                return c.call();
            } finally {
                end(mode);
            }
        };
    }

    public static <T> Supplier<T> task(Supplier<T> s) {
        return supplier(s, TASK);
    }

    public static <T> Supplier<T> stage(Supplier<T> s) {
        return supplier(s, STAGE);
    }

    private static <T> Supplier<T> supplier(Supplier<T> s, int mode) {
        VectorClock from = handOver(mode);
        return from == null || s == null ? s : () -> {
            begin(from, mode);
            try {
                return s.get();
            } finally {
                end(mode);
            }
        };
    }

    public static <T, R> Function<T, R> task(Function<T, R> f) {
        return function(f, TASK);
    }

    /** A function a concurrent map runs inside the call (compute, merge): it follows the last one on the map. */
    public static <T, R> Function<T, R> inline(Function<T, R> f) {
        return function(f, INLINE);
    }

    public static <T, R> Function<T, R> stage(Function<T, R> f) {
        return function(f, STAGE);
    }

    private static <T, R> Function<T, R> function(Function<T, R> f, int mode) {
        VectorClock from = handOver(mode);
        return from == null || f == null ? f : t -> {
            begin(from, mode);
            try {
                return f.apply(t);
            } finally {
                end(mode);
            }
        };
    }

    public static <T, U, R> BiFunction<T, U, R> task(BiFunction<T, U, R> f) {
        return biFunction(f, TASK);
    }

    public static <T, U, R> BiFunction<T, U, R> inline(BiFunction<T, U, R> f) {
        return biFunction(f, INLINE);
    }

    public static <T, U, R> BiFunction<T, U, R> stage(BiFunction<T, U, R> f) {
        return biFunction(f, STAGE);
    }

    private static <T, U, R> BiFunction<T, U, R> biFunction(BiFunction<T, U, R> f, int mode) {
        VectorClock from = handOver(mode);
        return from == null || f == null ? f : (t, u) -> {
            begin(from, mode);
            try {
                return f.apply(t, u);
            } finally {
                end(mode);
            }
        };
    }

    public static <T> Consumer<T> task(Consumer<T> c) {
        return consumer(c, TASK);
    }

    public static <T> Consumer<T> stage(Consumer<T> c) {
        return consumer(c, STAGE);
    }

    private static <T> Consumer<T> consumer(Consumer<T> c, int mode) {
        VectorClock from = handOver(mode);
        return from == null || c == null ? c : t -> {
            begin(from, mode);
            try {
                c.accept(t);
            } finally {
                end(mode);
            }
        };
    }

    public static <T, U> BiConsumer<T, U> task(BiConsumer<T, U> c) {
        return biConsumer(c, TASK);
    }

    public static <T, U> BiConsumer<T, U> stage(BiConsumer<T, U> c) {
        return biConsumer(c, STAGE);
    }

    private static <T, U> BiConsumer<T, U> biConsumer(BiConsumer<T, U> c, int mode) {
        VectorClock from = handOver(mode);
        return from == null || c == null ? c : (t, u) -> {
            begin(from, mode);
            try {
                c.accept(t, u);
            } finally {
                end(mode);
            }
        };
    }

    /**
     * Any other functional interface (a parallel stream's IntConsumer or ToIntFunction, parallelSetAll's
     * IntUnaryOperator): a proxy that does the same around the interface's one abstract method. Slower than the
     * typed wrappers above, which is why they exist for the common ones.
     */
    public static Object proxy(Object fn, Class<?> type) {
        VectorClock from = handOver(TASK);
        if (from == null || fn == null || !type.isInterface()) {
            return fn;
        }
        return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(self, method, args);
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(fn, args);
                    }
                    begin(from, TASK);
                    try {
                        return method.invoke(fn, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        end(TASK);
                    }
                });
    }

    /** invokeAll / invokeAny: every task of the collection. */
    public static <T> Collection<Callable<T>> callables(Collection<? extends Callable<T>> tasks) {
        if (InstalledDetector.current() == null || tasks == null) {
            @SuppressWarnings("unchecked")
            Collection<Callable<T>> same = (Collection<Callable<T>>) tasks;
            return same;
        }
        List<Callable<T>> out = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) {
            out.add(callable(t, TASK));
        }
        return out;
    }
}

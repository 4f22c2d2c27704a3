package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A CompletableFuture stage's function, wrapped where it is registered: when it runs (in whichever thread
 * completes the future) it first acquires what was handed over through the futures — its registration included,
 * so what the registering thread wrote before is ordered before what the function reads.
 */
public final class StageCallbackModel {
    private StageCallbackModel() {}

    private static void registered() {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().acquired(self, CompletableFuture.class); // the futures' shared key (ExecutorModel.key)
        }
    }

    public static <T, R> Function<T, R> function(Function<T, R> f) {
        return f == null || RunningSchedule.slot() == null ? f : x -> {
            registered();
            return f.apply(x);
        };
    }

    public static <T, U, R> BiFunction<T, U, R> biFunction(BiFunction<T, U, R> f) {
        return f == null || RunningSchedule.slot() == null ? f : (x, y) -> {
            registered();
            return f.apply(x, y);
        };
    }

    public static <T> Consumer<T> consumer(Consumer<T> f) {
        return f == null || RunningSchedule.slot() == null ? f : x -> {
            registered();
            f.accept(x);
        };
    }

    public static <T, U> BiConsumer<T, U> biConsumer(BiConsumer<T, U> f) {
        return f == null || RunningSchedule.slot() == null ? f : (x, y) -> {
            registered();
            f.accept(x, y);
        };
    }

    public static <T> Supplier<T> supplier(Supplier<T> f) {
        return f == null || RunningSchedule.slot() == null ? f : () -> {
            registered();
            return f.get();
        };
    }

    public static Runnable runnable(Runnable f) {
        return f == null || RunningSchedule.slot() == null ? f : () -> {
            registered();
            f.run();
        };
    }
}

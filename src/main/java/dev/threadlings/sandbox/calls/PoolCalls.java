package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.FREE_RUN;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ExecutorFactoryModel;
import dev.threadlings.sandbox.runtime.model.ExecutorModel;
import dev.threadlings.sandbox.runtime.model.ScheduledPoolModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Executors' factories and CompletableFuture's runAsync/supplyAsync without an executor: pools whose workers are
 * managed threads (ExecutorModel; with a ThreadFactory ExecutorFactoryModel; scheduled pools on virtual time ScheduledPoolModel),
 * made the same way in a static initializer.
 */
final class PoolCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> e = Executors.class;
        Class<?> f = ThreadFactory.class;
        List<CallRule> out = new ArrayList<>(new RuleSet(ExecutorModel.class).in(BODY, INITIALIZER)
                .plain(method(e, "newFixedThreadPool", int.class), "fixed")
                .plain(method(e, "newCachedThreadPool"), "cached")
                .plain(method(e, "newSingleThreadExecutor"), "single")
                .plain(method(e, "newVirtualThreadPerTaskExecutor"), "virtualPerTask")
                .plain(method(e, "newThreadPerTaskExecutor", f), "perTask")
                .plain(method(e, "newWorkStealingPool"), "workStealing")
                .plain(method(CompletableFuture.class, "runAsync", Runnable.class), "runAsync")
                .plain(method(CompletableFuture.class, "supplyAsync", Supplier.class), "supplyAsync")
                .rules());
        out.addAll(new RuleSet(ExecutorFactoryModel.class).in(BODY, INITIALIZER)
                .plain(method(e, "newFixedThreadPool", int.class, f), "fixed")
                .plain(method(e, "newCachedThreadPool", f), "cached")
                .plain(method(e, "newSingleThreadExecutor", f), "single")
                .plain(method(e, "newWorkStealingPool", int.class), "workStealing")
                .rules());
        out.addAll(new RuleSet(ScheduledPoolModel.class).in(BODY, INITIALIZER)
                .plain(method(e, "newScheduledThreadPool", int.class), "pool")
                .plain(method(e, "newScheduledThreadPool", int.class, f), "poolWith")
                .plain(method(e, "newSingleThreadScheduledExecutor"), "single")
                .plain(method(e, "newSingleThreadScheduledExecutor", f), "singleWith")
                .rules());
        // a free run: the real pool interrupts its threads inside the JDK; the race detector hears of it
        RuleSet free = new RuleSet(ExecutorModel.class).in(FREE_RUN).withSubclasses(true);
        for (Class<?> pool : List.of(ExecutorService.class, ScheduledExecutorService.class, ThreadPoolExecutor.class,
                ScheduledThreadPoolExecutor.class)) {
            free.tell(method(pool, "shutdownNow"), FreeHandOff.INTERRUPTS_POOL);
        }
        out.addAll(free.rules());
        return out;
    }
}

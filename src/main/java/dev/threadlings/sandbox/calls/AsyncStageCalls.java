package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.AsyncStageModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * CompletionStage's {@code *Async} stages without an executor (CompletableFuture adds completeAsync) run on the
 * model's managed pool; CompletableFuture's timers and delayed executors run on virtual time.
 */
final class AsyncStageCalls implements Primitive {
    private static final List<String> ASYNC = List.of("thenApplyAsync", "thenAcceptAsync", "thenRunAsync",
            "thenCombineAsync", "thenAcceptBothAsync", "runAfterBothAsync", "applyToEitherAsync", "acceptEitherAsync",
            "runAfterEitherAsync", "thenComposeAsync", "handleAsync", "whenCompleteAsync", "exceptionallyAsync",
            "exceptionallyComposeAsync", "completeAsync");

    @Override
    public List<CallRule> rules() {
        Class<?> cf = CompletableFuture.class;
        RuleSet r = new RuleSet(AsyncStageModel.class).receivers(CallRule.Receivers.NOT_SUPER);
        for (Class<?> owner : List.of(cf, CompletionStage.class)) {
            for (String name : ASYNC) {
                JdkMethod.overloads(owner, name).stream().filter(m -> !onExecutor(m)).forEach(m -> r.plain(m, name));
            }
        }
        return r.replace(method(cf, "orTimeout", long.class, TimeUnit.class), "orTimeout")
                .replace(method(cf, "completeOnTimeout", Object.class, long.class, TimeUnit.class), "completeOnTimeout")
                .in(BODY, INITIALIZER).receivers(CallRule.Receivers.ANY)
                .plain(method(cf, "delayedExecutor", long.class, TimeUnit.class), "delayedExecutor")
                .plain(method(cf, "delayedExecutor", long.class, TimeUnit.class, Executor.class), "delayedExecutorOn")
                .rules();
    }

    private static boolean onExecutor(JdkMethod m) {
        Class<?>[] p = m.executable().getParameterTypes();
        return p.length > 0 && p[p.length - 1] == Executor.class;
    }
}

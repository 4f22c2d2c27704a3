package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ExecutorModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Waiting for a future: get, the timed get and CompletableFuture's join wait in ExecutorModel. */
final class FutureCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        RuleSet r = new RuleSet(ExecutorModel.class);
        for (Class<?> f : List.of(Future.class, FutureTask.class, CompletableFuture.class, ScheduledFuture.class)) {
            r.receivers(f == ScheduledFuture.class ? CallRule.Receivers.NOT_SUPER : CallRule.Receivers.ANY)
                    .replace(method(f, "get"), "get")
                    .replace(method(f, "get", long.class, TimeUnit.class), "getTimed");
        }
        return r.receivers(CallRule.Receivers.ANY).replace(method(CompletableFuture.class, "join"), "join").rules();
    }
}

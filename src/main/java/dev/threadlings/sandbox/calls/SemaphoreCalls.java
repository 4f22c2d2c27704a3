package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.SemaphoreModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A Semaphore's acquire, release and timed tryAcquire: SemaphoreModel. */
final class SemaphoreCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> s = Semaphore.class;
        List<CallRule> out = new ArrayList<>(new RuleSet(SemaphoreModel.class)
                .replace(method(s, "acquire"), "acquire")
                .replace(method(s, "acquire", int.class), "acquireN")
                .replace(method(s, "acquireUninterruptibly"), "acquireUninterruptibly")
                .replace(method(s, "acquireUninterruptibly", int.class), "acquireUninterruptiblyN")
                .replace(method(s, "release"), "release")
                .replace(method(s, "release", int.class), "releaseN")
                .rules());
        out.addAll(new RuleSet(SemaphoreModel.class).receivers(CallRule.Receivers.NOT_SUPER)
                .replace(method(s, "tryAcquire", long.class, TimeUnit.class), "tryAcquireTimed")
                .replace(method(s, "tryAcquire", int.class, long.class, TimeUnit.class), "tryAcquireNTimed")
                .rules());
        return out;
    }
}

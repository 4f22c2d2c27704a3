package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.CyclicBarrierModel;
import dev.threadlings.sandbox.runtime.model.CountDownLatchModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * CountDownLatch's count and waits (CountDownLatchModel) and CyclicBarrier's await, timed or not, reset and
 * isBroken (CyclicBarrierModel; in a static initializer, where no model runs, reset and isBroken are not modelled:
 * StateQueryCalls).
 */
final class LatchCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> l = CountDownLatch.class;
        List<CallRule> out = new ArrayList<>(new RuleSet(CountDownLatchModel.class)
                .replace(method(l, "countDown"), "countDown")
                .replace(method(l, "await"), "awaitLatch")
                .replace(method(l, "await", long.class, TimeUnit.class), "awaitLatchTimed")
                .rules());
        Class<?> b = CyclicBarrier.class;
        out.addAll(new RuleSet(CyclicBarrierModel.class)
                .replace(method(b, "await"), "await")
                .replace(method(b, "await", long.class, TimeUnit.class), "awaitTimed")
                .replace(method(b, "reset"), "reset")
                .replace(method(b, "isBroken"), "isBroken")
                .rules());
        return out;
    }
}

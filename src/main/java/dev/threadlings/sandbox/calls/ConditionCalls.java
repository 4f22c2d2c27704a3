package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.SchedConcurrent;
import dev.threadlings.sandbox.runtime.SchedConditions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/** A Condition's waits and signals: SchedConcurrent, the timed and uninterruptible waits SchedConditions. */
final class ConditionCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> c = Condition.class;
        List<CallRule> out = new ArrayList<>(new RuleSet(SchedConcurrent.class)
                .replace(method(c, "await"), "await")
                .replace(method(c, "signal"), "signal")
                .replace(method(c, "signalAll"), "signalAll")
                .rules());
        out.addAll(new RuleSet(SchedConditions.class)
                .replace(method(c, "await", long.class, TimeUnit.class), "awaitTimed")
                .replace(method(c, "awaitNanos", long.class), "awaitNanos")
                .replace(method(c, "awaitUntil", Date.class), "awaitUntil")
                .replace(method(c, "awaitUninterruptibly"), "awaitUninterruptibly")
                .rules());
        return out;
    }
}

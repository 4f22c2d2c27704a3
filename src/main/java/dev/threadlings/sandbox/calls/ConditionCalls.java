package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ConditionModel;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/** A Condition's waits and signals: ConditionModel. */
final class ConditionCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> c = Condition.class;
        return new RuleSet(ConditionModel.class)
                .replace(method(c, "await"), "await")
                .replace(method(c, "signal"), "signal")
                .replace(method(c, "signalAll"), "signalAll")
                .replace(method(c, "await", long.class, TimeUnit.class), "awaitTimed")
                .replace(method(c, "awaitNanos", long.class), "awaitNanos")
                .replace(method(c, "awaitUntil", Date.class), "awaitUntil")
                .replace(method(c, "awaitUninterruptibly"), "awaitUninterruptibly")
                .rules();
    }
}

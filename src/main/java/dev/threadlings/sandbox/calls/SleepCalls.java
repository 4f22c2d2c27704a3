package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.SleepModel;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The other spellings of sleep and join — TimeUnit's, and with nanoseconds — on virtual time. */
final class SleepCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        return new RuleSet(SleepModel.class)
                .replace(method(Thread.class, "sleep", long.class, int.class), "sleepNanos")
                .receivers(CallRule.Receivers.NOT_SUPER)
                .replace(method(TimeUnit.class, "sleep", long.class), "sleep")
                .replace(method(TimeUnit.class, "timedJoin", Thread.class, long.class), "timedJoin")
                .replace(method(TimeUnit.class, "timedWait", Object.class, long.class), "timedWait")
                .withSubclasses(true)
                .replace(method(Thread.class, "join", long.class, int.class), "joinNanos")
                .rules();
    }
}

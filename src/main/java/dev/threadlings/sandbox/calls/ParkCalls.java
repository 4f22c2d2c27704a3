package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.LockSupportModel;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** LockSupport's park and unpark: a permit per thread in LockSupportModel (a blocker picks the …On form). */
final class ParkCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> ls = LockSupport.class;
        return new RuleSet(LockSupportModel.class)
                .replace(method(ls, "park"), "park")
                .replace(method(ls, "park", Object.class), "parkOn")
                .replace(method(ls, "parkNanos", long.class), "parkNanos")
                .replace(method(ls, "parkNanos", Object.class, long.class), "parkNanosOn")
                .replace(method(ls, "parkUntil", long.class), "parkUntil")
                .replace(method(ls, "parkUntil", Object.class, long.class), "parkUntilOn")
                .replace(method(ls, "unpark", Thread.class), "unpark")
                .rules();
    }
}

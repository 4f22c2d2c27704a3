package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.LockSupportModel;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * LockSupport's park and unpark: a permit per thread in LockSupportModel (a blocker picks the …On form); in a free
 * run, the real calls tell the race detector.
 */
final class ParkCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> ls = LockSupport.class;
        RuleSet free = new RuleSet(LockSupportModel.class).in(CallRule.Where.FREE_RUN)
                .tell(method(ls, "unpark", Thread.class), FreeHandOff.UNPARKS);
        for (String park : List.of("park", "parkNanos", "parkUntil")) {
            JdkMethod.overloads(ls, park).forEach(m -> free.tell(m, FreeHandOff.PARKS));
        }
        List<CallRule> explored = new RuleSet(LockSupportModel.class)
                .replace(method(ls, "park"), "park")
                .replace(method(ls, "park", Object.class), "parkOn")
                .replace(method(ls, "parkNanos", long.class), "parkNanos")
                .replace(method(ls, "parkNanos", Object.class, long.class), "parkNanosOn")
                .replace(method(ls, "parkUntil", long.class), "parkUntil")
                .replace(method(ls, "parkUntil", Object.class, long.class), "parkUntilOn")
                .replace(method(ls, "unpark", Thread.class), "unpark")
                .rules();
        return java.util.stream.Stream.concat(explored.stream(), free.rules().stream()).toList();
    }
}

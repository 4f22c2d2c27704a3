package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.MonitorModel;
import java.util.List;
import java.util.stream.Stream;

/** Object's wait and notify, on any object (through whatever class the call names): the monitor model. */
final class MonitorCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        RuleSet monitors = new RuleSet(MonitorModel.class).anyOwner(true).receivers(CallRule.Receivers.VIRTUAL)
                .replace(method(Object.class, "wait"), "waitOn")
                .replace(method(Object.class, "notify"), "notifyOne")
                .replace(method(Object.class, "notifyAll"), "notifyEvery");
        RuleSet timed = new RuleSet(MonitorModel.class).anyOwner(true).receivers(CallRule.Receivers.NOT_SUPER)
                .replace(method(Object.class, "wait", long.class), "waitMillis")
                .replace(method(Object.class, "wait", long.class, int.class), "waitNanos");
        RuleSet free = new RuleSet(MonitorModel.class).anyOwner(true).in(CallRule.Where.FREE_RUN);
        for (JdkMethod wait : JdkMethod.overloads(Object.class, "wait")) {
            free.tell(wait, FreeHandOff.WAITS); // the real wait gives the monitor up: the detector hears of it
        }
        return Stream.of(monitors, timed, free).flatMap(r -> r.rules().stream()).toList();
    }
}

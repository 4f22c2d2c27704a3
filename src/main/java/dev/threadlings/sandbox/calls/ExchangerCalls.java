package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ExchangerModel;
import java.util.List;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;

/** An Exchanger's exchanges, plain and timed: ExchangerModel. */
final class ExchangerCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        return new RuleSet(ExchangerModel.class).receivers(CallRule.Receivers.NOT_SUPER)
                .replace(method(Exchanger.class, "exchange", Object.class), "exchange")
                .replace(method(Exchanger.class, "exchange", Object.class, long.class, TimeUnit.class), "exchangeTimed")
                .rules();
    }
}

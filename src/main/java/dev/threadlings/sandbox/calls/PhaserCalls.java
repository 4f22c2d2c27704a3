package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.PhaserModel;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;

/**
 * A Phaser's registrations, arrivals and waits (a learner's subclass's too; its own {@code super.arrive()} stays the
 * JDK's, or it would call itself): PhaserModel. Its other calls are one step with a point in front (CallRules).
 */
final class PhaserCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> p = Phaser.class;
        return new RuleSet(PhaserModel.class).withSubclasses(true).receivers(CallRule.Receivers.NOT_SUPER)
                .replace(method(p, "register"), "register")
                .replace(method(p, "bulkRegister", int.class), "bulkRegister")
                .replace(method(p, "arrive"), "arrive")
                .replace(method(p, "arriveAndDeregister"), "arriveAndDeregister")
                .replace(method(p, "arriveAndAwaitAdvance"), "arriveAndAwaitAdvance")
                .replace(method(p, "awaitAdvance", int.class), "awaitAdvance")
                .replace(method(p, "awaitAdvanceInterruptibly", int.class), "awaitAdvanceInterruptibly")
                .replace(method(p, "awaitAdvanceInterruptibly", int.class, long.class, TimeUnit.class),
                        "awaitAdvanceInterruptiblyTimed")
                .rules();
    }
}

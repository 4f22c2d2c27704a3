package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.FREE_RUN;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ExitModel;
import java.util.List;

/** System.exit, Runtime.exit and Runtime.halt end the program in the model, explored or free, never the VM. */
final class ExitCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        return new RuleSet(ExitModel.class).in(BODY, FREE_RUN)
                .replace(method(System.class, "exit", int.class), "exit")
                .replace(method(Runtime.class, "exit", int.class), "exitRuntime")
                .replace(method(Runtime.class, "halt", int.class), "exitRuntime")
                .rules();
    }
}

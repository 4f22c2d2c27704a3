package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.constructor;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.CompletionServiceModel;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.TimeUnit;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * {@code new ExecutorCompletionService(executor)} gets its completion queue from the model, which take() and the
 * timed poll() then wait on.
 */
final class CompletionCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        RuleSet r = new RuleSet(CompletionServiceModel.class).in(BODY, INITIALIZER)
                .custom(constructor(ExecutorCompletionService.class, Executor.class), CompletionCalls::modelQueue)
                .in(BODY);
        for (Class<?> c : List.of(ExecutorCompletionService.class, CompletionService.class)) {
            r.replace(method(c, "take"), "take").replace(method(c, "poll", long.class, TimeUnit.class), "pollTimed");
        }
        return r.rules();
    }

    /** The model's queue as the constructor's second argument, and the new service made known to the model. */
    private static void modelQueue(InsnList code, MethodInsnNode call, String location) {
        code.insertBefore(call, call(StandIn.of(CompletionServiceModel.class, "queue")));
        call.desc = constructor(ExecutorCompletionService.class, Executor.class, BlockingQueue.class).desc();
        InsnList after = new InsnList();
        after.add(new InsnNode(Opcodes.DUP));
        after.add(call(StandIn.of(CompletionServiceModel.class, "created")));
        code.insert(call, after);
    }

    private static MethodInsnNode call(StandIn s) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, s.owner(), s.name(), s.desc());
    }
}

package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;

import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * A pool or a java.util.Timer built directly: its workers are real threads, not managed ones, so the check is
 * reported as not done — before the constructor, which then runs as written — rather than as the lost wake-up it
 * would look like.
 */
final class UnmodelledPools implements Primitive {
    @Override
    public List<CallRule> rules() {
        RuleSet r = new RuleSet(SchedulingPoints.class).in(BODY, INITIALIZER);
        for (Class<?> pool : List.of(ScheduledThreadPoolExecutor.class, ThreadPoolExecutor.class, ForkJoinPool.class,
                Timer.class)) {
            for (Constructor<?> c : pool.getConstructors()) {
                r.custom(new JdkMethod(pool, c), (code, call, location) -> notModelled(code, call, location,
                        pool.getSimpleName()));
            }
        }
        return r.rules();
    }

    private static void notModelled(InsnList code, MethodInsnNode call, String location, String pool) {
        StandIn said = StandIn.of(SchedulingPoints.class, "notModelled");
        InsnList before = new InsnList();
        before.add(new LdcInsnNode("new " + pool + "(…)"));
        before.add(new LdcInsnNode(location));
        before.add(new MethodInsnNode(Opcodes.INVOKESTATIC, said.owner(), said.name(), said.desc()));
        code.insertBefore(call, before);
    }
}

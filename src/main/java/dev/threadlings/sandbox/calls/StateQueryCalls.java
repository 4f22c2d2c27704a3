package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.CyclicBarrierModel;
import dev.threadlings.sandbox.runtime.model.StateQueryModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Questions about a primitive whose state the sandbox keeps in a shadow ({@link StateQueryModel}): who holds a
 * monitor, how many wait at a barrier — answered from the shadow; who is queued on a lock or waits for its signal,
 * whether a barrier broke in a static initializer — "not modelled" before the call, which would read the untouched JDK object and answer
 * wrong. A semaphore keeps its real permits (availablePermits is right) but its waiters wait in the scheduler,
 * hence its queue too. (ReadWriteCalls answers the read/write lock's hold counts; a StampedLock and a Phaser keep
 * their real state, so their queries are right as they are.)
 */
final class StateQueryCalls implements Primitive {
    private static final Map<Class<?>, List<String>> UNANSWERED = Map.of(
            ReentrantLock.class, List.of("hasQueuedThreads", "hasQueuedThread", "getQueueLength", "hasWaiters",
                    "getWaitQueueLength"),
            ReentrantReadWriteLock.class, List.of("hasQueuedThreads", "hasQueuedThread", "getQueueLength",
                    "hasWaiters", "getWaitQueueLength"),
            Semaphore.class, List.of("hasQueuedThreads", "getQueueLength"));

    @Override
    public List<CallRule> rules() {
        RuleSet answered = new RuleSet(StateQueryModel.class).in(BODY, INITIALIZER)
                .plain(method(Thread.class, "holdsLock", Object.class), "holdsLock");
        RuleSet barrier = new RuleSet(CyclicBarrierModel.class).in(BODY, INITIALIZER)
                .plain(method(CyclicBarrier.class, "getNumberWaiting"), "numberWaiting");
        RuleSet unanswered = new RuleSet(StateQueryModel.class).in(BODY, INITIALIZER);
        UNANSWERED.forEach((owner, names) -> names.forEach(name -> JdkMethod.overloads(owner, name).forEach(m ->
                unanswered.custom(m, (code, call, location) -> notModelled(code, call, location, owner, name)))));
        // in method bodies the barrier's model answers these (LatchCalls); an initializer runs no model
        RuleSet brokenInInitializer = new RuleSet(StateQueryModel.class).in(INITIALIZER);
        for (String name : List.of("isBroken", "reset")) {
            JdkMethod.overloads(CyclicBarrier.class, name).forEach(m -> brokenInInitializer.custom(m,
                    (code, call, location) -> notModelled(code, call, location, CyclicBarrier.class, name)));
        }
        return Stream.of(answered, barrier, unanswered, brokenInInitializer).flatMap(r -> r.rules().stream()).toList();
    }

    private static void notModelled(InsnList code, MethodInsnNode call, String location, Class<?> owner,
                                    String name) {
        StandIn said = StandIn.of(StateQueryModel.class, "notModelled");
        InsnList before = new InsnList();
        before.add(new LdcInsnNode(owner.getSimpleName() + "." + name + "()"));
        before.add(new LdcInsnNode(location));
        before.add(new MethodInsnNode(Opcodes.INVOKESTATIC, said.owner(), said.name(), said.desc()));
        code.insertBefore(call, before);
    }
}

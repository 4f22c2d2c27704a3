package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.sandbox.runtime.model.LockModel;
import dev.threadlings.sandbox.runtime.model.ThreadModel;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodInsnNode;

/** What the registry refuses when it is built, and how it finds the rule for a call. */
class CallRegistryTest {
    private static final UnaryOperator<String> NO_LEARNER_CLASSES = owner -> owner;

    @Test
    void aStandInThatDoesNotFitTheCallIsRefused() {
        // LockModel.isHeldByCurrentThread takes a ReentrantLock; a write lock view is none (a VerifyError)
        RuleSet rules = new RuleSet(LockModel.class);
        var e = assertThrows(IllegalArgumentException.class, () -> rules.plain(
                method(ReentrantReadWriteLock.WriteLock.class, "isHeldByCurrentThread"), "isHeldByCurrentThread"));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        // the location is one argument more than a plain rewrite passes
        assertThrows(IllegalArgumentException.class, () -> new RuleSet(ThreadModel.class)
                .plain(method(Thread.class, "start"), "start"));
    }

    @Test
    void aMethodOrStandInThatDoesNotExistIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> method(Thread.class, "joinAll"));
        assertThrows(IllegalArgumentException.class, () -> StandIn.of(ThreadModel.class, "joinAll"));
    }

    @Test
    void twoRulesForOneCallInOneKindOfCodeAreRefused() {
        Primitive starts = () -> new RuleSet(ThreadModel.class).replace(method(Thread.class, "start"), "start")
                .rules();
        assertThrows(IllegalStateException.class, () -> CallRegistry.index(List.of(starts, starts)));
        Primitive inInitializer = () -> new RuleSet(ThreadModel.class).in(CallRule.Where.INITIALIZER)
                .replace(method(Thread.class, "start"), "startInInitializer").rules();
        assertEquals(2, CallRegistry.index(List.of(starts, inInitializer)).values().stream()
                .mapToInt(java.util.Map::size).sum());
    }

    @Test
    void aLearnerSubclassFollowsTheRulesThatSaySoAndASuperCallOnlyThoseThatTakeIt() {
        UnaryOperator<String> learner = owner -> switch (owner) {
            case "S$Worker" -> "java/lang/Thread";
            case "S$MyLock" -> "java/util/concurrent/locks/ReentrantLock";
            default -> owner;
        };
        MethodInsnNode start = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "S$Worker", "start", "()V");
        assertEquals("start", name(CallRegistry.find(CallRule.Where.BODY, start, learner)));
        MethodInsnNode lock = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "S$MyLock", "lock", "()V");
        assertNull(CallRegistry.find(CallRule.Where.BODY, lock, learner), "ReentrantLock's rules are for itself only");
        MethodInsnNode superArrive = new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/util/concurrent/Phaser",
                "arrive", "()I");
        assertNull(CallRegistry.find(CallRule.Where.BODY, superArrive, NO_LEARNER_CLASSES));
        MethodInsnNode superLock = new MethodInsnNode(Opcodes.INVOKESPECIAL,
                "java/util/concurrent/locks/ReentrantLock", "lock", "()V");
        assertEquals("lock", name(CallRegistry.find(CallRule.Where.BODY, superLock, NO_LEARNER_CLASSES)));
    }

    @Test
    void objectsWaitIsTheMonitorModelsThroughAnyClassButNotInAnInitializerAndAHandOffInAFreeRun() {
        MethodInsnNode wait = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/util/ArrayList", "wait", "()V");
        assertEquals("waitOn", name(CallRegistry.find(CallRule.Where.BODY, wait, NO_LEARNER_CLASSES)));
        assertNull(CallRegistry.find(CallRule.Where.INITIALIZER, wait, NO_LEARNER_CLASSES));
        assertEquals("tell WAITS", name(CallRegistry.find(CallRule.Where.FREE_RUN, wait, NO_LEARNER_CLASSES)));
    }

    @Test
    void aHandOffIsToldInFreeRunsOnly() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RuleSet(ThreadModel.class)
                .tell(method(Thread.class, "start"), FreeHandOff.STARTS_THREAD));
        assertTrue(e.getMessage().contains("free runs only"), e.getMessage());
    }

    private static String name(CallRule rule) {
        return switch (rule.rewrite()) {
            case Rewrite.Replace r -> r.target().name();
            case Rewrite.Plain p -> p.target().name();
            case Rewrite.Custom c -> "custom";
            case Rewrite.Tell t -> "tell " + t.handOff();
        };
    }
}

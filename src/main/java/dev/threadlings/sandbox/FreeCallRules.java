package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.CallRegistry;
import dev.threadlings.sandbox.calls.CallRule;
import dev.threadlings.sandbox.calls.FreeHandOff;
import dev.threadlings.sandbox.calls.JdkFamilies;
import dev.threadlings.sandbox.calls.Rewrite;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.free.PoolInterrupts;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.StampedLock;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import static dev.threadlings.sandbox.DetectorHooks.after;
import static dev.threadlings.sandbox.DetectorHooks.around;
import static dev.threadlings.sandbox.DetectorHooks.before;
import static dev.threadlings.sandbox.DetectorHooks.hook;
import static dev.threadlings.sandbox.DetectorHooks.owned;

/**
 * The calls a free run listens to (see the runtime's {@code FreeRunHooks}): every JDK call still happens for real; around
 * it the detector hears of hand-offs — thread start and join, wait, calls on java.util.concurrent objects and on
 * collections — and tasks handed to threads, pools and futures are wrapped so they start from what their submitter
 * knew. Exit and halt follow the registry's rules ({@link CallRegistry}), as in an explored run.
 */
final class FreeCallRules implements Opcodes {
    private static final int COLLECTION = FreeRunHooks.COLLECTION;
    private static final int RESULTS = FreeRunHooks.RESULTS;
    private static final String THREAD = Type.getInternalName(Thread.class);
    private static final String ARRAYS = Type.getInternalName(Arrays.class);
    private static final String LOCK_SUPPORT = Type.getInternalName(LockSupport.class);
    private static final String STAMPED_LOCK = Type.getInternalName(StampedLock.class);
    private static final String VAR_HANDLE = Type.getInternalName(VarHandle.class);
    /** java.util.concurrent classes whose calls hand nothing over between threads. */
    private static final Set<String> NOT_HAND_OFFS = Set.of(Type.getInternalName(TimeUnit.class),
            Type.getInternalName(ThreadLocalRandom.class));
    private static final String START_VIRTUAL = "startVirtualThread";
    private static final Set<String> VIEWS = Set.of("newCondition", "readLock", "writeLock", "asReadLock",
            "asWriteLock");

    private FreeCallRules() {}

    static void rewrite(MethodNode method, MethodInsnNode call, ClassFacts facts, String loc) {
        String o = call.owner;
        // a learner class extending a JDK one (a RecursiveTask's fork and join) follows the JDK class's rules
        String jdk = facts.learnerClass(o) && !facts.isThread(o) ? String.valueOf(facts.jdkSuper(o)) : o;
        int op = call.getOpcode();
        boolean instance = op != INVOKESTATIC && !call.name.equals("<init>");
        CallRule rule = CallRegistry.find(CallRule.Where.FREE_RUN, call, facts::jdkSuper);
        if (rule != null && rule.rewrite() instanceof Rewrite.Tell tell) {
            tell(method, call, tell.handOff(), loc); // the primitive's hand-off: a thread's start and end, a wait
        } else if (rule != null) {
            Rewrite.apply(rule.rewrite(), method.instructions, call, loc); // exit and halt: the model's, free or not
        } else if (facts.isThread(o) && call.name.equals("<init>")) {
            around(method, call, true, null, null);
        } else if (facts.isThread(o) && instance) {
            return; // a Thread's other calls (getName, setDaemon…) hand nothing over
        } else if (o.equals(ARRAYS) && call.name.startsWith("parallel")) {
            around(method, call, true, null, null);          // parallelSetAll's function runs on pool threads
            method.instructions.insert(call, StandIn.call(FreeRunHooks.class, "results"));
        } else if (o.equals(THREAD) && call.name.equals(START_VIRTUAL)) {
            around(method, call, true, null, null);
        } else if (o.equals(LOCK_SUPPORT)) {
            return; // getBlocker, setCurrentBlocker: park and unpark are the primitive's hand-offs
        } else if (isConcurrent(jdk)) {
            boolean tasks = runsTasks(jdk);
            if (!instance) {
                wrapHandedTasks(method, call, jdk);
                return;
            }
            int kind = (JdkFamilies.COLLECTIONS.contains(jdk) ? COLLECTION : 0)
                    | (JdkFamilies.RESULTS.contains(jdk) ? RESULTS : 0);
            String what = ClassFacts.display(o) + "." + call.name + "()";
            InsnList after = after(kind, what);
            if (isView(call)) {
                after = owned();
            } else if (o.equals(STAMPED_LOCK)
                    && (call.name.equals("tryOptimisticRead") || call.name.equals("validate"))) {
                // reads between the two are checked by validate(), not by the detector (a failed one reads again)
                after.add(new InsnNode(call.name.equals("validate") ? ICONST_0 : ICONST_1));
                after.add(StandIn.call(FreeRunHooks.class, "optimistic"));
            }
            around(method, call, tasks, before(kind, what, loc), after);
        } else if (instance && JdkFamilies.COLLECTIONS.contains(o)) {
            String what = ClassFacts.display(o) + "." + call.name + "()";
            InsnList before = CallRules.indexed(call) // get(i)/set(i, x): the index, stored first by around()
                    ? DetectorHooks.beforeIndexed(ArgumentLocals.firstSlot(method, Type.getArgumentTypes(call.desc)),
                            COLLECTION, what, loc)
                    : before(COLLECTION, what, loc);
            around(method, call, false, before, after(COLLECTION, what));
        }
    }

    /** The hooks of a hand-off a primitive declares for free runs ({@link FreeHandOff}). */
    private static void tell(MethodNode method, MethodInsnNode call, FreeHandOff handOff, String loc) {
        switch (handOff) {
            case STARTS_THREAD -> around(method, call, false, hook("start"), null);
            case SEES_THREAD_END -> around(method, call, false, null, after(0, "Thread." + call.name + "()"));
            case INTERRUPTS -> around(method, call, false, before(0, "Thread.interrupt()", loc),
                    after(0, "Thread.interrupt()"));
            case CANCELS -> {
                InsnList cancelling = new InsnList();
                cancelling.add(new InsnNode(DUP2));         // future, mayInterrupt
                cancelling.add(StandIn.call(FreeRunHooks.class, "cancelling"));
                method.instructions.insertBefore(call, cancelling);
                String what = ClassFacts.display(call.owner) + "." + call.name + "()";
                int kind = JdkFamilies.RESULTS.contains(call.owner) ? RESULTS : 0; // as any future's call
                around(method, call, false, before(kind, what, loc), after(kind, what));
            }
            case INTERRUPTS_POOL -> {
                method.instructions.insertBefore(call, new InsnNode(DUP)); // the pool
                method.instructions.insertBefore(call, StandIn.call(PoolInterrupts.class, "shuttingDownNow"));
                String what = ClassFacts.display(call.owner) + "." + call.name + "()";
                int kind = JdkFamilies.RESULTS.contains(call.owner) ? RESULTS : 0; // as the pool's other calls
                around(method, call, false, before(kind, what, loc), after(kind, what));
            }
            case SEES_OWN_INTERRUPT -> {
                InsnList seen = new InsnList();
                seen.add(new InsnNode(DUP));
                seen.add(StandIn.call(FreeRunHooks.class, "interruptSeen"));
                method.instructions.insert(call, seen);
            }
            case WAITS -> around(method, call, false, hook("waitBefore"), hook("waitAfter"));
            case UNPARKS -> method.instructions.insertBefore(call, StandIn.call(FreeRunHooks.class, "unpark"));
            case PARKS -> method.instructions.insert(call, StandIn.call(FreeRunHooks.class, "parked"));
        }
    }

    /** The hand-off a primitive declares for {@code call} in free runs, or null. */
    private static FreeHandOff handOff(MethodInsnNode call, ClassFacts facts) {
        CallRule rule = CallRegistry.find(CallRule.Where.FREE_RUN, call, facts::jdkSuper);
        return rule != null && rule.rewrite() instanceof Rewrite.Tell tell ? tell.handOff() : null;
    }

    /**
     * A call whose after-hook matters when it throws: wait() that ends in InterruptedException still took the
     * monitor back; a get() or join() that throws still saw the task end. Each gets a handler (see AtomicGuard).
     */
    static void guardThrowingCalls(MethodNode method, AbstractInsnNode superCall, ClassFacts facts) {
        java.util.List<MethodInsnNode> waits = new java.util.ArrayList<>();
        java.util.List<MethodInsnNode> results = new java.util.ArrayList<>();
        for (AbstractInsnNode n : method.instructions) {
            if (n instanceof MethodInsnNode call && call.getOpcode() != INVOKESTATIC) {
                if (handOff(call, facts) == FreeHandOff.WAITS) {
                    waits.add(call);
                } else if (JdkFamilies.RESULTS.contains(call.owner) && !call.name.equals("<init>")) {
                    results.add(call);
                }
            }
        }
        AtomicGuard.guard(method, waits, FreeRunHooks.class, "waitThrew", superCall);
        AtomicGuard.guard(method, results, FreeRunHooks.class, "resultThrew", superCall);
    }

    /**
     * In a static initializer (not otherwise instrumented): which lock a Condition or a lock view belongs to, the
     * threads it starts and the tasks it hands to pools and futures — their start and their end are hand-offs like
     * anywhere else (the end is what a join or a get() elsewhere waits for).
     */
    static void rewriteInInitializer(MethodNode method, MethodInsnNode call, ClassFacts facts) {
        if (isView(call) && call.getOpcode() != INVOKESTATIC) {
            around(method, call, false, null, owned());
        } else if (facts.isThread(call.owner) && call.name.equals("<init>")) {
            around(method, call, true, null, null);
        } else if (call.getOpcode() == INVOKEVIRTUAL && handOff(call, facts) == FreeHandOff.STARTS_THREAD) {
            around(method, call, false, hook("start"), null);
        } else if (call.getOpcode() == INVOKESTATIC || call.name.equals("<init>")) {
            if (isConcurrent(call.owner)) {
                wrapHandedTasks(method, call, call.owner);
            }
        } else if (JdkFamilies.RUNS_TASKS.contains(call.owner)) {
            around(method, call, true, null, null); // a task given to a pool there: its end reaches get() as anywhere
        }
    }

    /** Whether the class's calls may run functions they are given (on other threads, or inside the call). */
    private static boolean runsTasks(String jdk) {
        return JdkFamilies.RUNS_TASKS.contains(jdk) || JdkFamilies.CONCURRENT_MAPS.contains(jdk);
    }

    private static boolean isConcurrent(String jdk) {
        return JdkFamilies.RUNS_TASKS.contains(jdk) || jdk.equals(VAR_HANDLE)
                || JdkFamilies.isConcurrent(jdk) && !NOT_HAND_OFFS.contains(jdk);
    }

    /**
     * A static call or a constructor that is handed functions to run later: supplyAsync's supplier, a
     * CyclicBarrier's action, a FutureTask's callable. Wrapped in a static initializer too — a barrier built in a
     * static field still runs its action inside await(), and what the action did must reach the released waiters.
     */
    private static void wrapHandedTasks(MethodNode method, MethodInsnNode call, String jdk) {
        if (runsTasks(jdk) && call.getOpcode() == INVOKESTATIC || call.name.equals("<init>")) {
            around(method, call, true, null, null);
        }
    }

    /** A lock's view or condition handed out by a call: which lock it belongs to is told to the detector. */
    private static boolean isView(MethodInsnNode call) {
        return VIEWS.contains(call.name) && JdkFamilies.givesLockType(call.owner, call.desc);
    }
}

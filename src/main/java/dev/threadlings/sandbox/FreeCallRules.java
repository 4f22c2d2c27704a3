package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import static dev.threadlings.sandbox.DetectorHooks.after;
import static dev.threadlings.sandbox.DetectorHooks.around;
import static dev.threadlings.sandbox.DetectorHooks.before;
import static dev.threadlings.sandbox.DetectorHooks.hook;
import static dev.threadlings.sandbox.DetectorHooks.owned;

import dev.threadlings.sandbox.calls.CallRegistry;
import dev.threadlings.sandbox.calls.CallRule;
import dev.threadlings.sandbox.calls.Rewrite;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The calls a free run listens to (see the runtime's {@code FreeRunHooks}): every JDK call still happens for real; around
 * it the detector hears of hand-offs — thread start and join, wait, calls on java.util.concurrent objects and on
 * collections — and tasks handed to threads, pools and futures are wrapped so they start from what their submitter
 * knew. Exit and halt follow the registry's rules ({@link CallRegistry}), as in an explored run.
 */
final class FreeCallRules implements Opcodes {
    private static final int COLLECTION = FreeRunHooks.COLLECTION;
    private static final int RESULTS = FreeRunHooks.RESULTS;
    private static final Pattern COLLECTIONS = CallRules.COLLECTION;
    /** Where a call's functions run on other threads: their tasks are wrapped. */
    private static final Pattern RUNS_TASKS = Pattern.compile("java/util/concurrent/(\\w*Executor\\w*|ForkJoinPool|"
            + "CompletableFuture|CompletionStage|\\w*CompletionService|StructuredTaskScope\\w*|ThreadFactory)"
            + "|java/lang/Thread\\$Builder.*|java/util/stream/\\w*Stream");
    /** Where a call may hand back what tasks did (a result, a join): the ends of finished tasks are acquired. */
    private static final Pattern RESULTS_FROM = Pattern.compile("java/util/concurrent/\\w*(Future|Executor|Pool|Task"
            + "|Completion|Scope|Stage|Completer)\\w*(\\$\\w+)?|java/util/stream/\\w*Stream");
    /** A concurrent map runs compute's and merge's function inside the call, under its own lock. */
    static final Pattern CONCURRENT_MAP = Pattern.compile("java/util/concurrent/(Concurrent\\w*Map)");
    private static final java.util.Set<String> VIEWS = java.util.Set.of("newCondition", "readLock", "writeLock",
            "asReadLock", "asWriteLock");

    private FreeCallRules() {}

    static void rewrite(MethodNode method, MethodInsnNode call, ClassFacts facts, String loc) {
        String o = call.owner;
        // a learner class extending a JDK one (a RecursiveTask's fork and join) follows the JDK class's rules
        String jdk = facts.learnerClass(o) && !facts.isThread(o) ? String.valueOf(facts.jdkSuper(o)) : o;
        String sig = call.name + call.desc;
        int op = call.getOpcode();
        boolean instance = op != INVOKESTATIC && !call.name.equals("<init>");
        CallRule rule = CallRegistry.find(CallRule.Where.FREE_RUN, call, facts::jdkSuper);
        if (rule != null) {
            Rewrite.apply(rule.rewrite(), method.instructions, call, loc); // exit and halt: the model's, free or not
        } else if (instance && isWait(sig)) {
            around(method, call, false, hook("waitBefore"), hook("waitAfter"));
        } else if (facts.isThread(o) && call.name.equals("<init>")) {
            around(method, call, true, null, null);
        } else if (facts.isThread(o) && instance) {
            switch (sig) {
                case "start()V" -> around(method, call, false, hook("start"), null);
                case "join()V", "join(J)V", "join(JI)V", "join(Ljava/time/Duration;)Z", "isAlive()Z",
                     "isInterrupted()Z", "getState()Ljava/lang/Thread$State;" -> around(method, call, false, null,
                        after(0, "Thread." + call.name + "()"));
                case "interrupt()V" -> around(method, call, false, before(0, "Thread.interrupt()", loc), null);
                default -> { }
            }
        } else if (o.equals("java/util/Arrays") && call.name.startsWith("parallel")) {
            around(method, call, true, null, null);          // parallelSetAll's function runs on pool threads
            method.instructions.insert(call, StandIn.call(FreeRunHooks.class, "results"));
        } else if (o.equals("java/lang/Thread") && sig.startsWith("startVirtualThread(")) {
            around(method, call, true, null, null);
        } else if (o.equals("java/util/concurrent/locks/LockSupport")) {
            if (call.name.equals("unpark")) {
                method.instructions.insertBefore(call, StandIn.call(FreeRunHooks.class, "unpark"));
            } else if (call.name.startsWith("park")) {
                method.instructions.insert(call, StandIn.call(FreeRunHooks.class, "parked"));
            }
        } else if (isConcurrent(jdk)) {
            boolean tasks = runsTasks(jdk);
            if (!instance) {
                wrapHandedTasks(method, call, jdk);
                return;
            }
            int kind = (COLLECTIONS.matcher(jdk).matches() ? COLLECTION : 0)
                    | (RESULTS_FROM.matcher(jdk).matches() ? RESULTS : 0);
            String what = ClassFacts.display(o) + "." + call.name + "()";
            InsnList after = after(kind, what);
            if (isView(call)) {
                after = owned();
            } else if (o.equals("java/util/concurrent/locks/StampedLock")
                    && (call.name.equals("tryOptimisticRead") || call.name.equals("validate"))) {
                // reads between the two are checked by validate(), not by the detector (a failed one reads again)
                after.add(new InsnNode(call.name.equals("validate") ? ICONST_0 : ICONST_1));
                after.add(StandIn.call(FreeRunHooks.class, "optimistic"));
            }
            around(method, call, tasks, before(kind, what, loc), after);
        } else if (instance && COLLECTIONS.matcher(o).matches()) {
            String what = ClassFacts.display(o) + "." + call.name + "()";
            around(method, call, false, before(COLLECTION, what, loc), after(COLLECTION, what));
        }
    }

    /**
     * A call whose after-hook matters when it throws: wait() that ends in InterruptedException still took the
     * monitor back; a get() or join() that throws still saw the task end. Each gets a handler (see AtomicGuard).
     */
    static void guardThrowingCalls(MethodNode method, AbstractInsnNode superCall) {
        java.util.List<MethodInsnNode> waits = new java.util.ArrayList<>();
        java.util.List<MethodInsnNode> results = new java.util.ArrayList<>();
        for (AbstractInsnNode n : method.instructions) {
            if (n instanceof MethodInsnNode call && call.getOpcode() != INVOKESTATIC) {
                if (isWait(call.name + call.desc)) {
                    waits.add(call);
                } else if (RESULTS_FROM.matcher(call.owner).matches() && !call.name.equals("<init>")) {
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
        } else if (facts.isThread(call.owner) && call.getOpcode() == INVOKEVIRTUAL
                && (call.name + call.desc).equals("start()V")) {
            around(method, call, false, hook("start"), null);
        } else if (call.getOpcode() == INVOKESTATIC || call.name.equals("<init>")) {
            if (isConcurrent(call.owner)) {
                wrapHandedTasks(method, call, call.owner);
            }
        } else if (RUNS_TASKS.matcher(call.owner).matches()) {
            around(method, call, true, null, null); // a task given to a pool there: its end reaches get() as anywhere
        }
    }

    /** Whether the class's calls may run functions they are given (on other threads, or inside the call). */
    private static boolean runsTasks(String jdk) {
        return RUNS_TASKS.matcher(jdk).matches() || CONCURRENT_MAP.matcher(jdk).matches();
    }

    private static boolean isConcurrent(String jdk) {
        return RUNS_TASKS.matcher(jdk).matches() || jdk.equals("java/lang/invoke/VarHandle")
                || jdk.startsWith("java/util/concurrent/")
                && !jdk.equals("java/util/concurrent/TimeUnit") && !jdk.equals("java/util/concurrent/ThreadLocalRandom");
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

    private static boolean isWait(String sig) {
        return sig.equals("wait()V") || sig.equals("wait(J)V") || sig.equals("wait(JI)V");
    }

    private static boolean isView(MethodInsnNode call) {
        return VIEWS.contains(call.name) && call.owner.startsWith("java/util/concurrent/locks/")
                && call.desc.startsWith("()Ljava/util/concurrent/locks/");
    }
}

package dev.threadlings.sandbox;

import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Constructors of JDK classes that would run or block learner code where the scheduler cannot see it.
 * {@code new ExecutorCompletionService(executor)} gets a completion queue from the model, which take() and the
 * timed poll() then wait on; a pool or a java.util.Timer built directly (its workers are real threads, not managed
 * ones) is reported as not modelled — the check could not be done — rather than as the lost wake-up it would look like.
 */
final class ConstructorRules implements Opcodes {
    private static final String RT = "dev/threadlings/sandbox/runtime/";
    private static final String ECS = "java/util/concurrent/ExecutorCompletionService";
    private static final Set<String> UNMODELLED_POOLS = Set.of("java/util/concurrent/ScheduledThreadPoolExecutor",
            "java/util/concurrent/ThreadPoolExecutor", "java/util/concurrent/ForkJoinPool", "java/util/Timer");

    private ConstructorRules() {}

    /** Rewrites {@code call} if a rule here applies (a constructor call, or a CompletionService wait). */
    static boolean rewrite(InsnList code, MethodInsnNode call, String loc) {
        String o = call.owner;
        String sig = call.name + call.desc;
        if (o.equals(ECS) && sig.equals("<init>(Ljava/util/concurrent/Executor;)V")) {
            code.insertBefore(call, new MethodInsnNode(INVOKESTATIC, RT + "SchedCompletion", "queue",
                    "()Ljava/util/concurrent/BlockingQueue;"));
            call.desc = "(Ljava/util/concurrent/Executor;Ljava/util/concurrent/BlockingQueue;)V";
            InsnList after = new InsnList();
            after.add(new InsnNode(DUP));
            after.add(new MethodInsnNode(INVOKESTATIC, RT + "SchedCompletion", "created", "(Ljava/lang/Object;)V"));
            code.insert(call, after);
            return true;
        }
        if ((o.equals(ECS) || o.equals("java/util/concurrent/CompletionService")) && !call.name.equals("<init>")) {
            String target = switch (sig) {
                case "take()Ljava/util/concurrent/Future;" -> "take";
                case "poll(JLjava/util/concurrent/TimeUnit;)Ljava/util/concurrent/Future;" -> "pollTimed";
                default -> null;
            };
            if (target == null) {
                return false;
            }
            code.insertBefore(call, new LdcInsnNode(loc));
            call.setOpcode(INVOKESTATIC);
            call.owner = RT + "SchedCompletion";
            call.name = target;
            call.desc = "(Ljava/lang/Object;" + call.desc.substring(1, call.desc.indexOf(')')) + "Ljava/lang/String;)"
                    + "Ljava/util/concurrent/Future;";
            call.itf = false;
            return true;
        }
        if (UNMODELLED_POOLS.contains(o) && call.name.equals("<init>")) {
            InsnList before = new InsnList();
            before.add(new LdcInsnNode("new " + ClassFacts.display(o) + "(…)"));
            before.add(new LdcInsnNode(loc));
            before.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "notModelled",
                    "(Ljava/lang/String;Ljava/lang/String;)V"));
            code.insertBefore(call, before);
            return false; // the constructor itself stays: without a schedule it runs as written
        }
        return false;
    }
}

package dev.threadlings.sandbox;

import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Call rules for the models added after the first set (see {@link CallRules}, which asks here first): Phaser,
 * Exchanger, StampedLock, the other spellings of sleep/join/wait (TimeUnit's, and with nanoseconds), Semaphore's
 * timed tryAcquire, the timed and deque-end operations of blocking queues, scheduled pools, CompletableFuture's
 * {@code *Async} stages without an executor and its timers, and Object.wait's argument checks.
 *
 * <p>Most rules turn {@code receiver.m(args)} into {@code Model.m(receiver, args, location)}: the descriptor is the
 * call's own with the receiver's type in front and the location at the end, so the stack needs no shuffling.
 */
final class ModelCallRules implements Opcodes {
    private static final String RT = "dev/threadlings/sandbox/runtime/";
    private static final String STR = "Ljava/lang/String;";
    private static final String CF = "java/util/concurrent/CompletableFuture";
    private static final Pattern BLOCKING_QUEUE = Pattern.compile(
            "java/util/concurrent/\\w*(BlockingQueue|BlockingDeque)");

    /** Phaser calls that go to SchedPhaser (by name and descriptor); its other methods only get a point. */
    private static final Set<String> PHASER = Set.of("register()I", "bulkRegister(I)I", "arrive()I",
            "arriveAndDeregister()I", "arriveAndAwaitAdvance()I", "awaitAdvance(I)I", "awaitAdvanceInterruptibly(I)I");
    private static final Set<String> STAMPED = Set.of("writeLock()J", "readLock()J", "writeLockInterruptibly()J",
            "readLockInterruptibly()J", "tryWriteLock()J", "tryReadLock()J", "tryOptimisticRead()J", "validate(J)Z",
            "tryConvertToWriteLock(J)J", "tryConvertToReadLock(J)J", "tryConvertToOptimisticRead(J)J",
            "unlockWrite(J)V", "unlockRead(J)V", "unlock(J)V", "tryUnlockWrite()Z", "tryUnlockRead()Z");
    /** CompletionStage's *Async methods without an executor (CompletableFuture adds completeAsync). */
    private static final Set<String> ASYNC = Set.of("thenApplyAsync", "thenAcceptAsync", "thenRunAsync",
            "thenCombineAsync", "thenAcceptBothAsync", "runAfterBothAsync", "applyToEitherAsync", "acceptEitherAsync",
            "runAfterEitherAsync", "thenComposeAsync", "handleAsync", "whenCompleteAsync", "exceptionallyAsync",
            "exceptionallyComposeAsync", "completeAsync");

    private ModelCallRules() {}

    /** Rewrites {@code call} if a rule here applies; false leaves it to {@link CallRules}. */
    static boolean rewrite(InsnList code, MethodInsnNode call, ClassFacts facts, String loc) {
        String o = call.owner;
        String sig = call.name + call.desc;
        int op = call.getOpcode();
        if (op == INVOKESTATIC && o.equals("java/util/concurrent/locks/LockSupport")) {
            return lockSupport(code, call, loc);
        }
        if (op == INVOKESTATIC && o.equals("java/lang/Thread") && sig.equals("sleep(JI)V")) {
            code.insertBefore(call, new LdcInsnNode(loc));
            plain(call, "SchedSleeps", "sleepNanos", "(JI" + STR + ")V");
            return true;
        }
        if (op == INVOKESTATIC || call.name.equals("<init>")) {
            return staticCall(call, o, sig);
        }
        if (op == INVOKESPECIAL) {
            return false; // super.arrive() in a learner's override: the JDK's own method, or it would call itself
        }
        if (o.equals("java/util/concurrent/TimeUnit") && (sig.equals("sleep(J)V")
                || sig.equals("timedJoin(Ljava/lang/Thread;J)V") || sig.equals("timedWait(Ljava/lang/Object;J)V"))) {
            toStatic(code, call, "SchedSleeps", call.name, "Ljava/util/concurrent/TimeUnit;", loc);
        } else if (o.equals("java/util/concurrent/Semaphore") && call.name.equals("tryAcquire")
                && call.desc.endsWith("JLjava/util/concurrent/TimeUnit;)Z")) {
            String target = call.desc.startsWith("(I") ? "tryAcquireNTimed" : "tryAcquireTimed";
            toStatic(code, call, "SchedSemaphores", target, "Ljava/util/concurrent/Semaphore;", loc);
        } else if (facts.isThread(o) && sig.equals("join(JI)V")) {
            toStatic(code, call, "SchedSleeps", "joinNanos", "Ljava/lang/Thread;", loc);
        } else if (sig.equals("wait(JI)V")) {
            toStatic(code, call, "SchedWaits", "waitNanos", "Ljava/lang/Object;", loc);
        } else if (sig.equals("wait(J)V")) {
            toStatic(code, call, "SchedWaits", "waitMillis", "Ljava/lang/Object;", loc);
        } else if (facts.isA(o, "java/util/concurrent/Phaser")) {
            phaser(code, call, sig, loc);
        } else if (o.equals("java/util/concurrent/Exchanger")) {
            if (sig.equals("exchange(Ljava/lang/Object;)Ljava/lang/Object;")) {
                toStatic(code, call, "SchedExchanger", "exchange", "Ljava/util/concurrent/Exchanger;", loc);
            } else if (sig.equals("exchange(Ljava/lang/Object;JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;")) {
                toStatic(code, call, "SchedExchanger", "exchangeTimed", "Ljava/util/concurrent/Exchanger;", loc);
            } else {
                return false;
            }
        } else if (o.equals("java/util/concurrent/locks/StampedLock")) {
            return stamped(code, call, sig, loc);
        } else if (o.equals("java/util/concurrent/locks/Lock") && (sig.equals("lock()V") || sig.equals("unlock()V"))) {
            // a StampedLock view must not block in the JDK; every other Lock goes on to SchedConcurrent as before
            toStatic(code, call, "SchedStamped", sig.equals("lock()V") ? "viewLock" : "viewUnlock",
                    "Ljava/lang/Object;", loc);
        } else if (BLOCKING_QUEUE.matcher(o).matches()) {
            return queue(code, call, sig, loc);
        } else if ((o.equals(CF) || o.equals("java/util/concurrent/CompletionStage")) && ASYNC.contains(call.name)
                && !call.desc.contains("Ljava/util/concurrent/Executor;)")) {
            plain(call, "SchedAsyncStages", call.name, "(" + (call.name.equals("completeAsync") ? "L" + CF + ";"
                    : "Ljava/util/concurrent/CompletionStage;") + call.desc.substring(1, call.desc.indexOf(')'))
                    + ")L" + CF + ";");
        } else if (o.equals(CF) && call.name.equals("orTimeout")) {
            toStatic(code, call, "SchedAsyncStages", "orTimeout", "L" + CF + ";", loc);
        } else if (o.equals(CF) && call.name.equals("completeOnTimeout")) {
            toStatic(code, call, "SchedAsyncStages", "completeOnTimeout", "L" + CF + ";", loc);
        } else if (o.equals("java/util/concurrent/ScheduledFuture") && sig.equals("get()Ljava/lang/Object;")) {
            toStatic(code, call, "SchedPools", "get", "Ljava/util/concurrent/Future;", loc);
        } else if (o.equals("java/util/concurrent/ScheduledFuture")
                && sig.equals("get(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;")) {
            toStatic(code, call, "SchedPools", "getTimed", "Ljava/util/concurrent/Future;", loc);
        } else {
            return false;
        }
        return true;
    }

    /**
     * In a static initializer only bookkeeping — a StampedLock's Lock views are the model's views — and the
     * factories (scheduled pools, pools with a ThreadFactory, delayed executors, the default handler).
     */
    static boolean rewriteInInitializer(MethodInsnNode call) {
        if (call.getOpcode() == INVOKESTATIC && staticCall(call, call.owner, call.name + call.desc)) {
            return true;
        }
        if (call.owner.equals("java/util/concurrent/locks/StampedLock") && call.name.startsWith("as")
                && call.desc.startsWith("()")) {
            plain(call, "SchedStamped", call.name, "(Ljava/util/concurrent/locks/StampedLock;" + call.desc.substring(1));
            return true;
        }
        return false;
    }

    /** Factories: scheduled pools, pools with a ThreadFactory, and CompletableFuture's delayed executors. */
    private static boolean staticCall(MethodInsnNode call, String o, String sig) {
        final String ses = "Ljava/util/concurrent/ScheduledExecutorService;";
        final String factory = "Ljava/util/concurrent/ThreadFactory;";
        final String exec = "Ljava/util/concurrent/Executor;";
        final String es = "Ljava/util/concurrent/ExecutorService;";
        if (o.equals("java/util/concurrent/Executors")) {
            switch (sig) {
                case "newScheduledThreadPool(I)" + ses -> plain(call, "SchedScheduled", "pool", "(I)" + ses);
                case "newScheduledThreadPool(I" + factory + ")" + ses -> plain(call, "SchedScheduled", "poolWith",
                        "(I" + factory + ")" + ses);
                case "newSingleThreadScheduledExecutor()" + ses -> plain(call, "SchedScheduled", "single", "()" + ses);
                case "newSingleThreadScheduledExecutor(" + factory + ")" + ses -> plain(call, "SchedScheduled",
                        "singleWith", "(" + factory + ")" + ses);
                case "newFixedThreadPool(I" + factory + ")" + es -> plain(call, "SchedFactories", "fixed",
                        "(I" + factory + ")" + es);
                case "newCachedThreadPool(" + factory + ")" + es -> plain(call, "SchedFactories", "cached",
                        "(" + factory + ")" + es);
                case "newSingleThreadExecutor(" + factory + ")" + es -> plain(call, "SchedFactories", "single",
                        "(" + factory + ")" + es);
                case "newWorkStealingPool(I)" + es -> plain(call, "SchedFactories", "workStealing", "(I)" + es);
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (o.equals("java/lang/Thread") && (call.name.equals("setDefaultUncaughtExceptionHandler")
                || call.name.equals("getDefaultUncaughtExceptionHandler"))) {
            plain(call, "SchedUncaught", call.name, call.desc);
            return true;
        }
        if (o.equals(CF) && sig.equals("delayedExecutor(JLjava/util/concurrent/TimeUnit;)" + exec)) {
            plain(call, "SchedAsyncStages", "delayedExecutor", call.desc);
            return true;
        }
        if (o.equals(CF) && sig.equals("delayedExecutor(JLjava/util/concurrent/TimeUnit;" + exec + ")" + exec)) {
            plain(call, "SchedAsyncStages", "delayedExecutorOn", call.desc);
            return true;
        }
        return false;
    }

    /** LockSupport.park…/unpark: SchedPark, the same arguments and the location (a blocker picks the …On form). */
    private static boolean lockSupport(InsnList code, MethodInsnNode call, String loc) {
        String target = switch (call.name + call.desc) {
            case "park()V" -> "park";
            case "park(Ljava/lang/Object;)V" -> "parkOn";
            case "parkNanos(J)V" -> "parkNanos";
            case "parkNanos(Ljava/lang/Object;J)V" -> "parkNanosOn";
            case "parkUntil(J)V" -> "parkUntil";
            case "parkUntil(Ljava/lang/Object;J)V" -> "parkUntilOn";
            case "unpark(Ljava/lang/Thread;)V" -> "unpark";
            default -> null;
        };
        if (target == null) {
            return false;
        }
        code.insertBefore(call, new LdcInsnNode(loc));
        plain(call, "SchedPark", target, "(" + call.desc.substring(1, call.desc.indexOf(')')) + STR + ")V");
        return true;
    }

    private static void phaser(InsnList code, MethodInsnNode call, String sig, String loc) {
        String phaser = "Ljava/util/concurrent/Phaser;";
        if (PHASER.contains(sig)) {
            toStatic(code, call, "SchedPhaser", call.name, phaser, loc);
        } else if (sig.equals("awaitAdvanceInterruptibly(IJLjava/util/concurrent/TimeUnit;)I")) {
            toStatic(code, call, "SchedPhaser", "awaitAdvanceInterruptiblyTimed", phaser, loc);
        } else if (call.owner.equals("java/util/concurrent/Phaser")) {
            point(code, call, loc); // getPhase, getArrivedParties, forceTermination…: one step, but a point
        }
    }

    private static boolean stamped(InsnList code, MethodInsnNode call, String sig, String loc) {
        String sl = "Ljava/util/concurrent/locks/StampedLock;";
        if (STAMPED.contains(sig)) {
            toStatic(code, call, "SchedStamped", call.name, sl, loc);
        } else if (sig.equals("tryWriteLock(JLjava/util/concurrent/TimeUnit;)J")
                || sig.equals("tryReadLock(JLjava/util/concurrent/TimeUnit;)J")) {
            toStatic(code, call, "SchedStamped", call.name + "Timed", sl, loc);
        } else if (sig.equals("asReadLock()Ljava/util/concurrent/locks/Lock;")
                || sig.equals("asWriteLock()Ljava/util/concurrent/locks/Lock;")
                || sig.equals("asReadWriteLock()Ljava/util/concurrent/locks/ReadWriteLock;")) {
            plain(call, "SchedStamped", call.name, "(" + sl + call.desc.substring(1));
        } else {
            return false;
        }
        return true;
    }

    private static boolean queue(InsnList code, MethodInsnNode call, String sig, String loc) {
        final String timed = "JLjava/util/concurrent/TimeUnit;)";
        String target = switch (sig) {
            case "offer(Ljava/lang/Object;" + timed + "Z" -> "offerTimed";
            case "poll(" + timed + "Ljava/lang/Object;" -> "pollTimed";
            case "offerFirst(Ljava/lang/Object;" + timed + "Z" -> "offerFirstTimed";
            case "offerLast(Ljava/lang/Object;" + timed + "Z" -> "offerLastTimed";
            case "pollFirst(" + timed + "Ljava/lang/Object;" -> "pollFirstTimed";
            case "pollLast(" + timed + "Ljava/lang/Object;" -> "pollLastTimed";
            case "putFirst(Ljava/lang/Object;)V", "putLast(Ljava/lang/Object;)V", "takeFirst()Ljava/lang/Object;",
                 "takeLast()Ljava/lang/Object;" -> call.name;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        toStatic(code, call, "SchedQueues", target, "Ljava/lang/Object;", loc);
        return true;
    }

    /** The receiver becomes the first argument (typed {@code receiver}) and the location the last. */
    private static void toStatic(InsnList code, MethodInsnNode call, String model, String name, String receiver,
                                 String loc) {
        code.insertBefore(call, new LdcInsnNode(loc));
        String args = call.desc.substring(1, call.desc.indexOf(')'));
        plain(call, model, name, "(" + receiver + args + STR + ")" + Type.getReturnType(call.desc).getDescriptor());
    }

    private static void plain(MethodInsnNode call, String model, String name, String desc) {
        call.setOpcode(INVOKESTATIC);
        call.owner = RT + model;
        call.name = name;
        call.desc = desc;
        call.itf = false;
    }

    private static void point(InsnList code, MethodInsnNode call, String loc) {
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(ClassFacts.display(call.owner) + "." + call.name + "()"));
        l.add(new LdcInsnNode(loc));
        l.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "point", "(" + STR + STR + ")V"));
        code.insertBefore(call, l);
    }
}

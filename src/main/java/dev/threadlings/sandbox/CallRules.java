package dev.threadlings.sandbox;

import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which JDK calls in learner code go to the scheduler instead: thread operations, wait/notify, locks, conditions,
 * latches, semaphores and exit become calls to the runtime's static stand-ins; atomics and collection methods get
 * a scheduling point in front. A new rule is one more case here.
 */
final class CallRules implements Opcodes {
    private static final String RT = "dev/threadlings/sandbox/runtime/";
    private static final String THREADS = RT + "SchedThreads";
    private static final String CONC = RT + "SchedConcurrent";
    private static final String POOLS = RT + "SchedPools";
    private static final String STR = "Ljava/lang/String;";
    private static final String OBJ = "Ljava/lang/Object;";
    static final Pattern COLLECTION = Pattern.compile(
            "java/util/(concurrent/)?(\\w*Map|\\w*List|\\w*Set|Collection|\\w*Queue|\\w*Deque|Iterator|ListIterator"
                    + "|Vector|Stack|Hashtable)");

    private static final Pattern BLOCKING_QUEUE = Pattern.compile("java/util/concurrent/(\\w*(BlockingQueue|BlockingDeque)|SynchronousQueue)");

    private CallRules() {}

    static void rewrite(MethodNode method, MethodInsnNode call, ClassFacts facts, String loc) {
        InsnList code = method.instructions;
        if (ConstructorRules.rewrite(code, call, loc) || ModelCallRules.rewrite(code, call, facts, loc)) {
            return; // Phaser, Exchanger, StampedLock, timed queue calls, scheduled pools, async stages
        }
        String o = call.owner;
        String n = call.name;
        String d = call.desc;
        int op = call.getOpcode();
        boolean thread = facts.isThread(o);
        String sig = n + d;
        if (op == INVOKEVIRTUAL && (sig.equals("wait()V") || sig.equals("wait(J)V") || sig.equals("notify()V")
                || sig.equals("notifyAll()V"))) {
            String target = switch (sig) {
                case "wait()V" -> "waitOn";
                case "wait(J)V" -> "waitTimed";
                case "notify()V" -> "notifyOne";
                default -> "notifyEvery";
            };
            replace(code, call, MethodRewriter.SCHED, target, "(" + OBJ + (sig.equals("wait(J)V") ? "J" : "") + STR
                    + ")V", loc);
        } else if (thread && op == INVOKEVIRTUAL) {
            switch (sig) {
                case "start()V" -> replace(code, call, THREADS, "start", "(Ljava/lang/Thread;" + STR + ")V", loc);
                case "join()V" -> replace(code, call, THREADS, "join", "(Ljava/lang/Thread;" + STR + ")V", loc);
                case "join(J)V" -> replace(code, call, THREADS, "joinTimed", "(Ljava/lang/Thread;J" + STR + ")V", loc);
                case "join(Ljava/time/Duration;)Z" -> replace(code, call, THREADS, "joinDuration",
                        "(Ljava/lang/Thread;Ljava/time/Duration;" + STR + ")Z", loc);
                case "interrupt()V" -> replace(code, call, THREADS, "interrupt", "(Ljava/lang/Thread;" + STR + ")V",
                        loc);
                case "isAlive()Z" -> plain(call, THREADS, "isAlive", "(Ljava/lang/Thread;)Z");
                case "isInterrupted()Z" -> plain(call, THREADS, "isInterrupted", "(Ljava/lang/Thread;)Z");
                case "setDaemon(Z)V" -> plain(call, THREADS, "setDaemon", "(Ljava/lang/Thread;Z)V");
                case "getState()Ljava/lang/Thread$State;" -> plain(call, THREADS, "state",
                        "(Ljava/lang/Thread;)Ljava/lang/Thread$State;");
                default -> { }
            }
        } else if (o.equals("java/lang/Thread") && op == INVOKESTATIC) {
            switch (sig) {
                case "sleep(J)V" -> replace(code, call, THREADS, "sleep", "(J" + STR + ")V", loc);
                case "sleep(Ljava/time/Duration;)V" -> replace(code, call, THREADS, "sleepDuration",
                        "(Ljava/time/Duration;" + STR + ")V", loc);
                case "yield()V", "onSpinWait()V" -> replace(code, call, THREADS, "yieldNow", "(" + STR + ")V", loc);
                case "currentThread()Ljava/lang/Thread;" -> plain(call, THREADS, "currentThread",
                        "()Ljava/lang/Thread;");
                case "startVirtualThread(Ljava/lang/Runnable;)Ljava/lang/Thread;" -> replace(code, call, THREADS,
                        "startVirtual", "(Ljava/lang/Runnable;" + STR + ")Ljava/lang/Thread;", loc);
                default -> { }
            }
        } else if (thread && op == INVOKESPECIAL && n.equals("<init>")) {
            wrapRunnableArgument(code, call);
        } else if (o.startsWith("java/lang/Thread$Builder") && d.equals("(Ljava/lang/Runnable;)Ljava/lang/Thread;")) {
            if (n.equals("start")) {
                replace(code, call, THREADS, "builderStart", "(Ljava/lang/Thread$Builder;Ljava/lang/Runnable;" + STR
                        + ")Ljava/lang/Thread;", loc);
            } else if (n.equals("unstarted")) {
                call.setOpcode(INVOKESTATIC);
                call.owner = THREADS;
                call.name = "builderUnstarted";
                call.desc = "(Ljava/lang/Thread$Builder;Ljava/lang/Runnable;)Ljava/lang/Thread;";
                call.itf = false;
            }
        } else if (o.equals("java/util/concurrent/locks/ReentrantLock") || o.equals("java/util/concurrent/locks/Lock")
                || o.startsWith("java/util/concurrent/locks/ReentrantReadWriteLock$")) {
            lockCall(code, call, sig, loc);
        } else if (o.equals("java/util/concurrent/locks/ReentrantReadWriteLock")
                || o.equals("java/util/concurrent/locks/ReadWriteLock")) {
            readWriteViews(call);
        } else if (o.equals("java/util/concurrent/locks/Condition")) {
            switch (sig) {
                case "await()V" -> replace(code, call, CONC, "await", "(" + OBJ + STR + ")V", loc);
                case "signal()V" -> replace(code, call, CONC, "signal", "(" + OBJ + STR + ")V", loc);
                case "signalAll()V" -> replace(code, call, CONC, "signalAll", "(" + OBJ + STR + ")V", loc);
                case "await(JLjava/util/concurrent/TimeUnit;)Z" -> replace(code, call, RT + "SchedConditions",
                        "awaitTimed", "(" + OBJ + "JLjava/util/concurrent/TimeUnit;" + STR + ")Z", loc);
                case "awaitNanos(J)J" -> replace(code, call, RT + "SchedConditions", "awaitNanos",
                        "(" + OBJ + "J" + STR + ")J", loc);
                case "awaitUntil(Ljava/util/Date;)Z" -> replace(code, call, RT + "SchedConditions", "awaitUntil",
                        "(" + OBJ + "Ljava/util/Date;" + STR + ")Z", loc);
                case "awaitUninterruptibly()V" -> replace(code, call, RT + "SchedConditions",
                        "awaitUninterruptibly", "(" + OBJ + STR + ")V", loc);
                default -> { }
            }
        } else if (o.equals("java/util/concurrent/CountDownLatch")) {
            String latch = "Ljava/util/concurrent/CountDownLatch;";
            switch (sig) {
                case "countDown()V" -> replace(code, call, CONC, "countDown", "(" + latch + STR + ")V", loc);
                case "await()V" -> replace(code, call, CONC, "awaitLatch", "(" + latch + STR + ")V", loc);
                case "await(JLjava/util/concurrent/TimeUnit;)Z" -> replace(code, call, CONC, "awaitLatchTimed",
                        "(" + latch + "JLjava/util/concurrent/TimeUnit;" + STR + ")Z", loc);
                default -> { }
            }
        } else if (o.equals("java/util/concurrent/CyclicBarrier") && sig.equals("await()I")) {
            replace(code, call, RT + "SchedBarrier", "await", "(Ljava/util/concurrent/CyclicBarrier;" + STR + ")I",
                    loc);
        } else if (o.equals("java/util/concurrent/Semaphore")) {
            String sem = "Ljava/util/concurrent/Semaphore;";
            switch (sig) {
                case "acquire()V" -> replace(code, call, CONC, "acquire", "(" + sem + STR + ")V", loc);
                case "acquire(I)V" -> replace(code, call, CONC, "acquireN", "(" + sem + "I" + STR + ")V", loc);
                case "acquireUninterruptibly()V" -> replace(code, call, CONC, "acquireUninterruptibly",
                        "(" + sem + STR + ")V", loc);
                case "release()V" -> replace(code, call, CONC, "release", "(" + sem + STR + ")V", loc);
                case "release(I)V" -> replace(code, call, CONC, "releaseN", "(" + sem + "I" + STR + ")V", loc);
                default -> {
                    if (!n.equals("<init>")) {
                        receiverCall(method, call, loc, false); // tryAcquire, availablePermits…
                    }
                }
            }
        } else if (BLOCKING_QUEUE.matcher(o).matches() && (sig.equals("put(Ljava/lang/Object;)V")
                || sig.equals("take()Ljava/lang/Object;"))) {
            if (sig.startsWith("put")) {
                replace(code, call, CONC, "put", "(" + OBJ + OBJ + STR + ")V", loc);
            } else {
                replace(code, call, CONC, "take", "(" + OBJ + STR + ")" + OBJ, loc);
            }
        } else if (poolFactory(call)) {
            return; // Executors' pools and runAsync/supplyAsync: the managed ones
        } else if ((o.equals("java/util/concurrent/CompletableFuture") || o.equals("java/util/concurrent/Future")
                || o.equals("java/util/concurrent/FutureTask")) && !n.equals("<init>")) {
            String fut = "Ljava/util/concurrent/Future;";
            switch (sig) {
                case "get()Ljava/lang/Object;" -> replace(code, call, POOLS, "get", "(" + fut + STR + ")" + OBJ, loc);
                case "get(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;" -> replace(code, call, POOLS,
                        "getTimed", "(" + fut + "JLjava/util/concurrent/TimeUnit;" + STR + ")" + OBJ, loc);
                case "join()Ljava/lang/Object;" -> replace(code, call, POOLS, "join",
                        "(Ljava/util/concurrent/CompletableFuture;" + STR + ")" + OBJ, loc);
                default -> {
                    if (o.equals("java/util/concurrent/CompletableFuture") && op != INVOKESTATIC) {
                        // thenApply, complete…: a hand-off through the future, before and after (a stage may run here)
                        StageCallbacks.wrap(method, call);
                        int receiver = receiverCall(method, call, loc, false);
                        InsnList after = new InsnList();
                        after.add(new VarInsnNode(ALOAD, receiver));
                        after.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "afterCall", "(" + OBJ + ")V"));
                        code.insert(call, after);
                    }
                }
            }
        } else if (VarHandleCalls.matches(call)) {
            VarHandleCalls.rewrite(method, call, loc);
        } else if (o.equals("java/lang/System") && sig.equals("exit(I)V")) {
            replace(code, call, MethodRewriter.SCHED, "exit", "(I" + STR + ")V", loc);
        } else if (o.equals("java/lang/Runtime") && (sig.equals("exit(I)V") || sig.equals("halt(I)V"))) {
            replace(code, call, MethodRewriter.SCHED, "exitRuntime", "(Ljava/lang/Runtime;I" + STR + ")V", loc);
        } else if ((COLLECTION.matcher(o).matches() || o.startsWith("java/util/concurrent/atomic/"))
                && !n.equals("<init>")) {
            if (op == INVOKESTATIC) {
                point(code, call, loc);
            } else {
                receiverCall(method, call, loc, d.contains("Ljava/util/function/"));
            }
        }
    }

    /**
     * Before a call on a collection, an atomic or a CompletableFuture: a scheduling point that sees the receiver
     * (the race detector orders calls on thread-safe objects and treats others as shared variables). The
     * arguments wait in fresh locals while the receiver is copied from under them. A call that takes a function
     * (computeIfAbsent, merge, updateAndGet) may run learner code inside JDK code that holds the JDK's own locks:
     * with {@code atomic}, no thread switch may happen until it returns. Returns the local holding the receiver.
     */
    private static int receiverCall(MethodNode method, MethodInsnNode call, String loc, boolean atomic) {
        org.objectweb.asm.Type[] args = org.objectweb.asm.Type.getArgumentTypes(call.desc);
        InsnList before = new InsnList();
        int[] slots = ArgumentLocals.store(method, args, before);
        int receiver = method.maxLocals++;
        before.add(new InsnNode(DUP));
        before.add(new InsnNode(DUP));
        before.add(new VarInsnNode(ASTORE, receiver));
        before.add(new LdcInsnNode(ClassFacts.display(call.owner) + "." + call.name + "()"));
        before.add(new LdcInsnNode(loc));
        before.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "collectionPoint", "(" + OBJ + STR + STR
                + ")V"));
        if (atomic) {
            before.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "enterAtomic", "()V"));
        }
        for (int i = 0; i < args.length; i++) {
            before.add(new VarInsnNode(args[i].getOpcode(ILOAD), slots[i]));
        }
        method.instructions.insertBefore(call, before);
        if (atomic) {
            InsnList after = new InsnList();
            after.add(new VarInsnNode(ALOAD, receiver));
            after.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "exitAtomicOn", "(" + OBJ + ")V"));
            method.instructions.insert(call, after);
        }
        return receiver;
    }

    /**
     * A scheduling point in front of a call that runs as one step. A call that takes a function (computeIfAbsent,
     * merge, forEach) may run learner code inside JDK code that holds the JDK's own locks: no thread switch may
     * happen in there, so the call is marked atomic while it runs.
     */
    private static void point(InsnList code, MethodInsnNode call, String loc) {
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(ClassFacts.display(call.owner) + "." + call.name + "()"));
        l.add(new LdcInsnNode(loc));
        l.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "point", "(" + STR + STR + ")V"));
        boolean callsBack = call.desc.contains("Ljava/util/function/");
        if (callsBack) {
            l.add(new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "enterAtomic", "()V"));
            code.insert(call, new MethodInsnNode(INVOKESTATIC, MethodRewriter.SCHED, "exitAtomic", "()V"));
        }
        code.insertBefore(call, l);
    }

    /** rw.readLock() / rw.writeLock(): the model pairs each view with its lock. */
    private static void readWriteViews(MethodInsnNode call) {
        String rrwl = "java/util/concurrent/locks/ReentrantReadWriteLock";
        if (call.owner.equals(rrwl) && (call.name.equals("readLock") || call.name.equals("writeLock"))) {
            plain(call, RT + "SchedReadWrite", call.name, "(L" + rrwl + ";)" + call.desc.substring(2));
        } else if (call.owner.equals("java/util/concurrent/locks/ReadWriteLock")
                && (call.name.equals("readLock") || call.name.equals("writeLock"))) {
            plain(call, RT + "SchedReadWrite", call.name.equals("readLock") ? "readView" : "writeView",
                    "(Ljava/util/concurrent/locks/ReadWriteLock;)Ljava/util/concurrent/locks/Lock;");
        }
    }

    /** Executors' pool factories and the one-argument runAsync/supplyAsync: the runtime's managed pools. */
    private static boolean poolFactory(MethodInsnNode call) {
        String o = call.owner;
        String n = call.name;
        String d = call.desc;
        String sig = n + d;
        int op = call.getOpcode();
        if (o.equals("java/util/concurrent/Executors") && op == INVOKESTATIC) {
            String es = ")Ljava/util/concurrent/ExecutorService;";
            switch (sig) {
                case "newFixedThreadPool(I)Ljava/util/concurrent/ExecutorService;" -> plain(call, POOLS, "fixed", "(I" + es);
                case "newCachedThreadPool()Ljava/util/concurrent/ExecutorService;" -> plain(call, POOLS, "cached", "(" + es);
                case "newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;" -> plain(call, POOLS, "single",
                        "(" + es);
                case "newVirtualThreadPerTaskExecutor()Ljava/util/concurrent/ExecutorService;" -> plain(call, POOLS,
                        "virtualPerTask", "(" + es);
                case "newThreadPerTaskExecutor(Ljava/util/concurrent/ThreadFactory;)Ljava/util/concurrent/ExecutorService;"
                        -> plain(call, POOLS, "perTask", "(Ljava/util/concurrent/ThreadFactory;" + es);
                case "newWorkStealingPool()Ljava/util/concurrent/ExecutorService;" -> plain(call, POOLS,
                        "workStealing", "(" + es);
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (o.equals("java/util/concurrent/CompletableFuture") && op == INVOKESTATIC
                && (sig.equals("runAsync(Ljava/lang/Runnable;)Ljava/util/concurrent/CompletableFuture;")
                || sig.equals("supplyAsync(Ljava/util/function/Supplier;)Ljava/util/concurrent/CompletableFuture;"))) {
            plain(call, POOLS, n, d);
            return true;
        }
        return false;
    }

    /**
     * In a static initializer only bookkeeping — which lock a Condition belongs to — and the factories of the
     * pools the runtime manages (a pool kept in a static field is the model's, as anywhere else; a task it is
     * given there runs once the initializer is done, see SchedThreads.start).
     */
    static void rewriteInInitializer(InsnList code, MethodInsnNode call, ClassFacts facts, String loc) {
        if (call.name.equals("<init>") && ConstructorRules.rewrite(code, call, loc)
                || ModelCallRules.rewriteInInitializer(call)
                || poolFactory(call)) {
            return;
        }
        if (call.getOpcode() == INVOKEVIRTUAL && facts.isThread(call.owner)) {
            switch (call.name + call.desc) {
                // a thread started here is managed too; it runs once the initializer is done (it has no points)
                case "start()V" -> replace(code, call, THREADS, "startInInitializer", "(Ljava/lang/Thread;" + STR
                        + ")V", loc);
                case "join()V" -> replace(code, call, THREADS, "joinInInitializer", "(Ljava/lang/Thread;" + STR
                        + ")V", loc);
                case "join(J)V" -> replace(code, call, THREADS, "joinTimedInInitializer", "(Ljava/lang/Thread;J"
                        + STR + ")V", loc);
                case "isAlive()Z" -> plain(call, THREADS, "isAlive", "(Ljava/lang/Thread;)Z");
                case "setDaemon(Z)V" -> plain(call, THREADS, "setDaemon", "(Ljava/lang/Thread;Z)V");
                case "getState()Ljava/lang/Thread$State;" -> plain(call, THREADS, "state",
                        "(Ljava/lang/Thread;)Ljava/lang/Thread$State;");
                default -> { }
            }
            return;
        }
        if (call.owner.equals("java/util/concurrent/locks/ReentrantReadWriteLock")
                || call.owner.equals("java/util/concurrent/locks/ReadWriteLock")) {
            readWriteViews(call);
            return;
        }
        boolean lock = call.owner.equals("java/util/concurrent/locks/ReentrantLock")
                || call.owner.equals("java/util/concurrent/locks/Lock");
        if (lock && call.name.equals("newCondition") && call.desc.equals("()Ljava/util/concurrent/locks/Condition;")) {
            plain(call, CONC, "newCondition", "(" + OBJ + ")Ljava/util/concurrent/locks/Condition;");
        }
    }

    private static void lockCall(InsnList code, MethodInsnNode call, String sig, String loc) {
        String rl = "Ljava/util/concurrent/locks/ReentrantLock;";
        switch (sig) {
            case "lock()V" -> replace(code, call, CONC, "lock", "(" + OBJ + STR + ")V", loc);
            case "unlock()V" -> replace(code, call, CONC, "unlock", "(" + OBJ + STR + ")V", loc);
            case "lockInterruptibly()V" -> replace(code, call, CONC, "lockInterruptibly", "(" + OBJ + STR + ")V", loc);
            case "tryLock()Z" -> replace(code, call, CONC, "tryLock", "(" + OBJ + STR + ")Z", loc);
            case "tryLock(JLjava/util/concurrent/TimeUnit;)Z" -> replace(code, call, CONC, "tryLockTimed",
                    "(" + OBJ + "JLjava/util/concurrent/TimeUnit;" + STR + ")Z", loc);
            case "newCondition()Ljava/util/concurrent/locks/Condition;" -> plain(call, CONC, "newCondition",
                    "(" + OBJ + ")Ljava/util/concurrent/locks/Condition;");
            case "isHeldByCurrentThread()Z" -> plain(call, CONC, "isHeldByCurrentThread", "(" + rl + ")Z");
            case "isLocked()Z" -> plain(call, CONC, "isLocked", "(" + rl + ")Z");
            case "getHoldCount()I" -> plain(call, CONC, "getHoldCount", "(" + rl + ")I");
            default -> { }
        }
    }

    /** The call becomes a static call with the location pushed as its last argument. */
    static void replace(InsnList code, MethodInsnNode call, String owner, String name, String desc, String loc) {
        code.insertBefore(call, new LdcInsnNode(loc));
        plain(call, owner, name, desc);
    }

    private static void plain(MethodInsnNode call, String owner, String name, String desc) {
        call.setOpcode(INVOKESTATIC);
        call.owner = owner;
        call.name = name;
        call.desc = desc;
        call.itf = false;
    }

    /** new Thread(runnable, …): the Runnable becomes a managed task, so the new thread waits for its turn. */
    private static void wrapRunnableArgument(InsnList code, MethodInsnNode call) {
        String wrap = "(Ljava/lang/Runnable;)Ljava/lang/Runnable;";
        MethodInsnNode w = new MethodInsnNode(INVOKESTATIC, THREADS, "wrap", wrap);
        switch (call.desc) {
            case "(Ljava/lang/Runnable;)V", "(Ljava/lang/ThreadGroup;Ljava/lang/Runnable;)V" ->
                    code.insertBefore(call, w);
            case "(Ljava/lang/Runnable;Ljava/lang/String;)V",
                 "(Ljava/lang/ThreadGroup;Ljava/lang/Runnable;Ljava/lang/String;)V" -> {
                code.insertBefore(call, new InsnNode(SWAP));
                code.insertBefore(call, w);
                code.insertBefore(call, new InsnNode(SWAP));
            }
            default -> { }
        }
    }
}

package dev.threadlings.sandbox.runtime.free;

import dev.threadlings.sandbox.runtime.race.ConcurrentDetector;
import dev.threadlings.sandbox.runtime.race.InstalledDetector;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code shutdownNow()} in a free run: the real pool interrupts its threads from inside the JDK, where no
 * {@code interrupt()} hook sees it, so what the caller did before is released into each of them here, as
 * {@code interrupt()} releases into its thread; a task that then learns of the interrupt sees it (JLS 17.4.4).
 * The threads are read from the JDK's pools (java.util.concurrent is opened to the runtime): a ThreadPoolExecutor's
 * workers, a thread-per-task executor's threads, through the wrapper of newSingleThreadExecutor. A pool it cannot
 * read gives no edge, as before.
 */
public final class PoolInterrupts {
    // the JDK's private classes, found through their public neighbours (no literal names them)
    private static final Field DELEGATE = field(nested(Executors.class, "DelegatedExecutorService"), "e");
    private static final Field WORKERS = field(ThreadPoolExecutor.class, "workers");
    private static final Field MAIN_LOCK = field(ThreadPoolExecutor.class, "mainLock");
    private static final Field WORKER_THREAD = field(nested(ThreadPoolExecutor.class, "Worker"), "thread");
    private static final Field PER_TASK_THREADS = field(inPackage(Executors.class, "ThreadPerTaskExecutor"), "threads");

    private PoolInterrupts() {}

    /** Before {@code pool.shutdownNow()}. */
    public static void shuttingDownNow(Object pool) {
        ConcurrentDetector d = InstalledDetector.current();
        if (d != null) {
            for (Thread t : threadsOf(pool)) {
                d.release(d.me(), t);
            }
        }
    }

    private static List<Thread> threadsOf(Object pool) {
        List<Thread> out = new ArrayList<>();
        try {
            Object p = pool;
            while (DELEGATE != null && DELEGATE.getDeclaringClass().isInstance(p)) {
                p = DELEGATE.get(p);
            }
            if (p instanceof ThreadPoolExecutor tpe && WORKERS != null && MAIN_LOCK != null && WORKER_THREAD != null) {
                ReentrantLock lock = (ReentrantLock) MAIN_LOCK.get(tpe);
                lock.lock(); // the workers' set is guarded by it, as in shutdownNow itself
                try {
                    for (Object w : (Collection<?>) WORKERS.get(tpe)) {
                        if (WORKER_THREAD.get(w) instanceof Thread t) {
                            out.add(t);
                        }
                    }
                } finally {
                    lock.unlock();
                }
            } else if (PER_TASK_THREADS != null && PER_TASK_THREADS.getDeclaringClass().isInstance(p)) {
                for (Object t : (Collection<?>) PER_TASK_THREADS.get(p)) {
                    out.add((Thread) t);
                }
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // a pool of another shape: no edge, as for a pool not read at all
        }
        return out;
    }

    private static Class<?> nested(Class<?> outer, String simpleName) {
        for (Class<?> c : outer.getDeclaredClasses()) {
            if (c.getSimpleName().equals(simpleName)) {
                return c;
            }
        }
        return null;
    }

    private static Class<?> inPackage(Class<?> neighbour, String simpleName) {
        try {
            return Class.forName(neighbour.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.util.concurrent not opened, or another JDK: shutdownNow then gives no edge
        }
    }
}

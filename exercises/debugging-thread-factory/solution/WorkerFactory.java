import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

class WorkerFactory implements ThreadFactory {

    private final String prefix;
    // Pools call newThread from whichever thread submits or replaces a worker: the counter must be atomic.
    private final AtomicInteger created = new AtomicInteger();
    // The handler runs on each dying thread, so several may record at once.
    private final List<String> failures = new CopyOnWriteArrayList<>();

    WorkerFactory(String prefix) {
        this.prefix = prefix;
    }

    /** An unstarted platform thread named prefix-1, prefix-2, ... that records its uncaught exceptions. */
    @Override
    public Thread newThread(Runnable task) {
        return Thread.ofPlatform()
                .name(prefix + "-" + created.incrementAndGet())
                .uncaughtExceptionHandler((thread, e) -> failures.add(thread.getName() + ": " + e))
                .unstarted(task);
    }

    /** "thread name: exception" for every exception that escaped a thread of this factory, in order. */
    List<String> failures() {
        return List.copyOf(failures);
    }
}

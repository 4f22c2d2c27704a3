import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;

class WorkerFactory implements ThreadFactory {
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    // the JDK's own factory counts the names; it is safe for use by several threads at once
    private final ThreadFactory threads;

    WorkerFactory(String prefix) {
        threads = Thread.ofPlatform()
                .name(prefix + "-", 1)
                .uncaughtExceptionHandler((t, e) -> failures.add(t.getName() + ": " + e))
                .factory();
    }

    @Override
    public Thread newThread(Runnable task) {
        return threads.newThread(task);
    }

    List<String> failures() {
        return new ArrayList<>(failures);
    }
}

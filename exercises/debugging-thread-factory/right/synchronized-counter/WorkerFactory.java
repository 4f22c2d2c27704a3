import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadFactory;

class WorkerFactory implements ThreadFactory {
    private final String prefix;
    private int next = 1;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    WorkerFactory(String prefix) {
        this.prefix = prefix;
    }

    private synchronized String nextName() {
        return prefix + "-" + next++;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, nextName());
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(t.getName() + ": " + e.toString()));
        return thread;
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }
}

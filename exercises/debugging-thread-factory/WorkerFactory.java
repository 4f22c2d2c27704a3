import java.util.List;
import java.util.concurrent.ThreadFactory;

class WorkerFactory implements ThreadFactory {

    private final String prefix;

    WorkerFactory(String prefix) {
        this.prefix = prefix;
    }

    /** An unstarted platform thread named prefix-1, prefix-2, ... that records its uncaught exceptions. */
    @Override
    public Thread newThread(Runnable task) {
        return new Thread(task);      // TODO: a name, and an uncaught exception handler
    }

    /** "thread name: exception" for every exception that escaped a thread of this factory, in order. */
    List<String> failures() {
        return List.of();             // TODO
    }
}

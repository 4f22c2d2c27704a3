import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.StructuredTaskScope;

class Requests {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    /** Runs the steps of request {@code id} at the same time, as subtasks, and waits for all of them. */
    static void handle(String id, List<Runnable> steps) throws InterruptedException {
        REQUEST_ID.set(id);                              // this thread only: the subtasks are other threads
        try (var scope = StructuredTaskScope.open()) {
            for (Runnable step : steps) {
                scope.fork(step);
            }
            scope.join();
        } finally {
            REQUEST_ID.remove();
        }
    }

    /** The id of the request the calling code works for, or "none". */
    static String currentId() {
        String id = REQUEST_ID.get();
        return id == null ? "none" : id;
    }

    static void log(String message) {
        LOG.add(currentId() + ": " + message);
    }
}

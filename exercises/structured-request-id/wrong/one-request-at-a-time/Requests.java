import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.StructuredTaskScope;

class Requests {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static volatile String requestId;

    /** Runs the steps of request {@code id} at the same time, as subtasks, and waits for all of them. */
    static synchronized void handle(String id, List<Runnable> steps) throws InterruptedException {
        requestId = id;                                  // the lock keeps a second request from overwriting it
        try (var scope = StructuredTaskScope.open()) {
            for (Runnable step : steps) {
                scope.fork(step);
            }
            scope.join();
        } finally {
            requestId = null;
        }
    }

    /** The id of the request the calling code works for, or "none". */
    static String currentId() {
        String id = requestId;
        return id == null ? "none" : id;
    }

    static void log(String message) {
        LOG.add(currentId() + ": " + message);
    }
}

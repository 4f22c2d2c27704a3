import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.StructuredTaskScope;

class Requests {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static final InheritableThreadLocal<String> REQUEST_ID = new InheritableThreadLocal<>();

    /** Runs the steps of request {@code id} at the same time, as subtasks, and waits for all of them. */
    static void handle(String id, List<Runnable> steps) throws InterruptedException {
        REQUEST_ID.set(id);                              // subtasks inherit it: the steps see the id
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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.StructuredTaskScope;

class Requests {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static final ScopedValue<String> REQUEST_ID = ScopedValue.newInstance();

    /** Runs the steps of request {@code id} at the same time, as subtasks, and waits for all of them. */
    static void handle(String id, List<Runnable> steps) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            for (Runnable step : steps) {
                scope.fork(() -> ScopedValue.where(REQUEST_ID, id).run(step));   // each subtask binds it for itself
            }
            scope.join();
        }
    }

    /** The id of the request the calling code works for, or "none". */
    static String currentId() {
        try {
            return REQUEST_ID.get();
        } catch (java.util.NoSuchElementException unbound) {
            return "none";
        }
    }

    static void log(String message) {
        LOG.add(currentId() + ": " + message);
    }
}

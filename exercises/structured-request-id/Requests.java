import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.StructuredTaskScope;

class Requests {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static String requestId;                     // one field for every request at once

    /** Runs the steps of request {@code id} at the same time, as subtasks, and waits for all of them. */
    static void handle(String id, List<Runnable> steps) throws InterruptedException {
        requestId = id;
        try (var scope = StructuredTaskScope.open()) {
            for (Runnable step : steps) {
                scope.fork(step);
            }
            scope.join();
        }
    }

    /** The id of the request the calling code works for, or "none". */
    static String currentId() {
        return requestId == null ? "none" : requestId;
    }

    static void log(String message) {
        LOG.add(currentId() + ": " + message);
    }
}

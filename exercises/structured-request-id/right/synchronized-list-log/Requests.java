import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;

class Requests {

    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    private static final ScopedValue<String> REQUEST_ID = ScopedValue.newInstance();

    /** Runs the steps of request {@code id} at the same time, as subtasks, and waits for all of them. */
    static void handle(String id, List<Runnable> steps) throws InterruptedException {
        ScopedValue.where(REQUEST_ID, id).call(() -> {   // bound until call returns, for this thread...
            try (var scope = StructuredTaskScope.open()) {
                for (Runnable step : steps) {
                    scope.fork(step);                    // ...and inherited by every subtask forked here
                }
                scope.join();
            }
            return null;
        });
    }

    /** The id of the request the calling code works for, or "none". */
    static String currentId() {
        return REQUEST_ID.orElse("none");
    }

    static void log(String message) {
        LOG.add(currentId() + ": " + message);
    }
}

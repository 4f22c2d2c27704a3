// expect: none
// lines:
// about: each worker's exception goes to a handler (its own, then the default one) that records it; the JVM runs the handler on the dying thread before join() returns, so nothing is uncaught and main sees both records
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class UncaughtHandlerRecords {
    public static void main(String[] args) throws InterruptedException {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("disk full");
        }, "worker");
        worker.setUncaughtExceptionHandler((t, e) -> failures.add(t.getName() + ": " + e.getMessage()));
        worker.start();
        worker.join();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> failures.add("default: " + e.getMessage()));
        Thread other = new Thread(() -> {
            throw new IllegalArgumentException("bad input");
        });
        other.start();
        other.join();
        assert failures.equals(List.of("worker: disk full", "default: bad input")) : failures;
    }
}

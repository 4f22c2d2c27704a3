// expect: exception
// lines: 18
// about: the handler is set after start(): if the worker throws first, no handler takes the exception and it is truly uncaught (the JVM prints it and the failure is lost)
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class UncaughtHandlerTooLate {
    public static void main(String[] args) throws InterruptedException {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread worker = new Thread(UncaughtHandlerTooLate::work, "worker");
        worker.start();
        worker.setUncaughtExceptionHandler((t, e) -> failures.add(t.getName() + ": " + e.getMessage()));
        worker.join();
    }

    private static void work() {
        throw new IllegalStateException("disk full");
    }
}

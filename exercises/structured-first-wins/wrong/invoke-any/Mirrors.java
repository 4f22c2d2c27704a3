import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// A plausible mistake: invokeAny returns the first answer and cancels the others, but nothing waits for them to end.
class Mirrors {

    /** Asks every mirror at once; returns the first successful answer and cancels the others. */
    static String fastest(List<Callable<String>> mirrors) throws InterruptedException {
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            return pool.invokeAny(mirrors);
        } catch (ExecutionException e) {
            throw new IllegalStateException("every mirror failed", e.getCause());
        } finally {
            pool.shutdownNow();                      // interrupts the slow one, and returns at once
        }
    }
}

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongPredicate;

class Search {
    // Runs the loop on a helper thread and waits with get(), which throws InterruptedException when interrupted.
    static long firstMatch(long from, LongPredicate test) throws InterruptedException {
        FutureTask<Long> task = new FutureTask<>(() -> {
            for (long n = from; ; n++) {
                if (test.test(n)) {
                    return n;
                }
            }
        });
        Thread t = new Thread(task);
        t.setDaemon(true);
        t.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}

// expect: none
// lines:
// about: invokeAll with a short timeout where one task waits for ever: every future comes back done, the late ones cancelled, and get() says which
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class InvokeAllTimeoutCancelsSlow {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> tasks = List.of(() -> "fast", () -> {
            never.await();
            return "slow";
        });
        List<Future<String>> all = pool.invokeAll(tasks, 50, TimeUnit.MILLISECONDS);
        for (Future<String> f : all) {
            assert f.isDone() : "invokeAll returned a future not done";
            try {
                assert f.get().equals("fast") : "the slow task finished";
            } catch (CancellationException | ExecutionException late) {
                assert f.isCancelled() : "failed without being cancelled: " + late;
            }
        }
        assert all.get(1).isCancelled() : "the slow task was not cancelled";
        pool.shutdownNow();
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
    }
}

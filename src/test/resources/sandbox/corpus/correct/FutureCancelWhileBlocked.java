// expect: none
// lines:
// about: cancel(true) of a task blocked on a latch: the future is cancelled, get() throws CancellationException, and the task (if it had started) ends interrupted
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class FutureCancelWhileBlocked {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        CountDownLatch never = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        Future<?> blocked = pool.submit(() -> {
            never.await();
            return null;
        });
        assert blocked.cancel(true) : "cancel failed";
        assert blocked.isCancelled() && blocked.isDone() : "not cancelled";
        try {
            blocked.get();
            throw new AssertionError("get() of a cancelled task returned");
        } catch (CancellationException expected) {
            // as documented
        }
        pool.shutdown();
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
    }
}

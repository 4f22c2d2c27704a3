// expect: none
// lines:
// about: a cached pool hands a task to an idle worker only one at a time (a SynchronousQueue): after one task has ended, a task that waits for one submitted after it still meets it on a new worker
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class CachedPoolLaterTaskHandOff {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        CountDownLatch second = new CountDownLatch(1);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            pool.submit(() -> 1).get();
            Future<Boolean> waiter = pool.submit(() -> {
                second.await();
                return true;
            });
            pool.execute(second::countDown);
            assert waiter.get() : "the waiter gave up";
        } finally {
            pool.shutdown();
        }
    }
}

// expect: none
// lines:
// about: a cached pool gives each of three tasks that wait for each other a thread of its own: they all meet at the latch
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class CachedPoolAllMeet {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch meet = new CountDownLatch(3);
        ExecutorService pool = Executors.newCachedThreadPool();
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> {
                meet.countDown();
                try {
                    meet.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        pool.shutdown();
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert meet.getCount() == 0 : "count " + meet.getCount();
    }
}

// expect: assertion
// lines: 14, 20
// about: the pool, cast to the ThreadPoolExecutor it is, runs two tasks that both do count++ on a plain field; awaiting its termination, and asking it how many tasks it completed, does not make the increments atomic
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class PoolCastLostUpdate {
    static int count;

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> count++);
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
        assert count == 2 : "lost update: count = " + count + ", tasks done: " + pool.getCompletedTaskCount();
    }
}

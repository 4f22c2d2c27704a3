// expect: none
// lines:
// about: newFixedThreadPool and newCachedThreadPool return ThreadPoolExecutors in every JVM: the casts succeed, and the pool's counts (workers, tasks done, the largest size) are what the JDK says once it has terminated
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class PoolCastStatistics {
    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor fixed = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
        ThreadPoolExecutor cached = (ThreadPoolExecutor) Executors.newCachedThreadPool();
        AtomicInteger count = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            fixed.execute(count::incrementAndGet);
        }
        cached.execute(count::incrementAndGet);
        assert fixed.getCorePoolSize() == 2 && fixed.getMaximumPoolSize() == 2;
        assert cached.getCorePoolSize() == 0 && cached.getKeepAliveTime(TimeUnit.SECONDS) == 60;
        assert fixed.getPoolSize() <= 2 && fixed.getActiveCount() <= 2 : fixed;
        fixed.shutdown();
        cached.shutdown();
        while (!fixed.awaitTermination(1, TimeUnit.SECONDS) || !cached.awaitTermination(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
        assert count.get() == 4 : "count = " + count.get();
        assert fixed.getCompletedTaskCount() == 3 && fixed.getTaskCount() == 3 : fixed;
        assert fixed.getPoolSize() == 0 && fixed.getActiveCount() == 0 : fixed;
        assert fixed.getLargestPoolSize() == 2 : "each of the first two tasks starts a core thread: " + fixed;
        assert cached.getCompletedTaskCount() == 1 && cached.isTerminated() && !cached.isTerminating() : cached;
    }
}

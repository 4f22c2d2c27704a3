// expect: none
// lines:
// about: a fixed-rate task counts down a latch three times; after await the task is cancelled and the pool shut down: it ran at least three times and is cancelled
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ScheduledFixedRateCancelled {
    public static void main(String[] args) throws InterruptedException {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> beat = timer.scheduleAtFixedRate(() -> {
            ticks.incrementAndGet();
            three.countDown();
        }, 0, 10, TimeUnit.MILLISECONDS);
        three.await();
        beat.cancel(false);
        timer.shutdown();
        assert timer.awaitTermination(1, TimeUnit.DAYS) : "timer not terminated";
        assert beat.isCancelled() : "not cancelled";
        assert ticks.get() >= 3 : "ticks = " + ticks.get();
    }
}

// expect: none
// lines:
// about: ticks is an AtomicInteger and main takes and resets it in one getAndSet(0), so no tick can fall between the read and the reset
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ScheduledRateRaceFixed {
    static final AtomicInteger ticks = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> { ticks.incrementAndGet(); runs.incrementAndGet(); }, 0, 100,
                TimeUnit.MILLISECONDS);
        Thread.sleep(1000);
        int seen = ticks.getAndSet(0);
        timer.shutdown();
        assert timer.awaitTermination(1, TimeUnit.SECONDS);
        assert seen + ticks.get() == runs.get() : seen + " + " + ticks + " ticks, but " + runs.get() + " runs";
        // ticks at 0, 100, …, 900 ms, and the one due at 1000 ms unless shutdown() came first
        assert runs.get() == 10 || runs.get() == 11 : runs.get() + " runs";
    }
}

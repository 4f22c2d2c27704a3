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
        while (!timer.awaitTermination(1, TimeUnit.SECONDS)) {
            // not yet: the timer thread may be slow for any time (so how many ticks ran is not known either)
        }
        assert seen + ticks.get() == runs.get() : seen + " + " + ticks + " ticks, but " + runs.get() + " runs";
    }
}

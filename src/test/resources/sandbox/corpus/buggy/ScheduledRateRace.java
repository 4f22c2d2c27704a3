// expect: assertion
// lines: 15, 17, 18
// about: a fixed-rate task runs ticks++ every 100 ms while main, at 1 s, reads and resets ticks in two steps; the tick due at 1 s can fall in between and its increment is lost or counted twice
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ScheduledRateRace {
    static int ticks;

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> { ticks++; runs.incrementAndGet(); }, 0, 100, TimeUnit.MILLISECONDS);
        Thread.sleep(1000);
        int seen = ticks;
        ticks = 0;
        timer.shutdown();
        while (!timer.awaitTermination(1, TimeUnit.SECONDS)) {
            // not yet: the timer thread may be slow
        }
        assert seen + ticks == runs.get() : seen + " + " + ticks + " ticks, but " + runs.get() + " runs";
    }
}

// expect: none
// lines:
// about: a sleep ends no earlier than asked: nanoTime, currentTimeMillis, Instant.now, LocalTime.now and new Date() around sleep(100) all measure at least 100 ms, on the sandbox's virtual clock as on a JVM's (a real clock beside virtual sleeps measured 0 ms)
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.concurrent.TimeUnit;

public class ElapsedSleepAssumedExactFixed {
    static volatile boolean helped;

    public static void main(String[] args) throws InterruptedException {
        Thread helper = new Thread(() -> {
            try {
                Thread.sleep(300);
                helped = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        helper.start();
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        Instant startInstant = Instant.now();
        LocalTime startTime = LocalTime.now();
        Date startDate = new Date();
        Thread.sleep(100);
        long slept = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assert slept >= 100 : "sleep(100) took " + slept + " ms";
        assert System.currentTimeMillis() - startMillis >= 100 : "the wall clock moved less than the sleep";
        assert Duration.between(startInstant, Instant.now()).toMillis() >= 100 : "Instant.now() moved less";
        assert !LocalTime.now().isBefore(startTime.plusNanos(100_000_000)) || startTime.getHour() == 23 : "LocalTime";
        assert new Date().getTime() - startDate.getTime() >= 100 : "new Date() moved less than the sleep";
        helper.join();
        assert helped;
    }
}

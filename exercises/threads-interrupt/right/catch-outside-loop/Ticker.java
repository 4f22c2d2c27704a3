import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class Ticker implements Runnable {
    private final AtomicInteger ticks = new AtomicInteger();

    int ticks() {
        return ticks.get();
    }

    @Override
    public void run() {
        try {
            while (true) {
                ticks.incrementAndGet();
                TimeUnit.MILLISECONDS.sleep(10); // throws at once if the flag is set, wherever it was set
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

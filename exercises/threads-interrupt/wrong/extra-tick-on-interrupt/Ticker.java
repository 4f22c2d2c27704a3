import java.util.concurrent.atomic.AtomicInteger;

class Ticker implements Runnable {
    private final AtomicInteger ticks = new AtomicInteger();

    int ticks() {
        return ticks.get();
    }

    @Override
    public void run() {
        while (true) {
            ticks.incrementAndGet();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                ticks.incrementAndGet(); // count the interrupted tick too
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

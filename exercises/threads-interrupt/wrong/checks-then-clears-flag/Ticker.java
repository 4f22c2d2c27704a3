import java.util.concurrent.atomic.AtomicInteger;

class Ticker implements Runnable {
    private final AtomicInteger ticks = new AtomicInteger();

    int ticks() {
        return ticks.get();
    }

    @Override
    public void run() {
        if (Thread.currentThread().isInterrupted()) {
            return; // already asked to stop: flag stays set
        }
        while (!Thread.interrupted()) {
            ticks.incrementAndGet();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

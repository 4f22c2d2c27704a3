import java.util.concurrent.atomic.AtomicInteger;

class Ticker implements Runnable {

    // An AtomicInteger can safely be read from another thread (more on that in the next lesson).
    private final AtomicInteger ticks = new AtomicInteger();

    int ticks() {
        return ticks.get();
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            ticks.incrementAndGet();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;   // WRONG: stops, but sleep cleared the flag and nobody sets it again
            }
        }
    }
}

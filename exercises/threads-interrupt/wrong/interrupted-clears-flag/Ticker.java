import java.util.concurrent.atomic.AtomicInteger;

class Ticker implements Runnable {

    // An AtomicInteger can safely be read from another thread (more on that in the next lesson).
    private final AtomicInteger ticks = new AtomicInteger();

    int ticks() {
        return ticks.get();
    }

    @Override
    public void run() {
        while (!Thread.interrupted()) {   // WRONG: interrupted() also clears the flag it reports
            ticks.incrementAndGet();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                // sleep cleared the flag when it threw: set it again, the loop condition then ends the loop
                // and the caller of run() can still see that this thread was interrupted.
                Thread.currentThread().interrupt();
            }
        }
    }
}

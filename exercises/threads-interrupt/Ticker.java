import java.util.concurrent.atomic.AtomicInteger;

class Ticker implements Runnable {

    // An AtomicInteger can safely be read from another thread (more on that in the next lesson).
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
                System.out.println("Ticker: interrupted, but carrying on");
            }
        }
    }
}

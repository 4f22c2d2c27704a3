import java.util.concurrent.atomic.AtomicBoolean;

class Worker implements Runnable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private long rounds;

    @Override
    public void run() {
        while (running.getAcquire()) {
            rounds++;
        }
    }

    void stop() {
        running.setRelease(false);   // release/acquire is all a one-way flag needs
    }

    long rounds() {
        return rounds;
    }
}

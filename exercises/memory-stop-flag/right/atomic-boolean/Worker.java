import java.util.concurrent.atomic.AtomicBoolean;

class Worker implements Runnable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private long rounds;

    @Override
    public void run() {
        while (running.get()) {
            rounds++;
        }
    }

    void stop() {
        running.set(false);
    }

    long rounds() {
        return rounds;
    }
}

class Worker implements Runnable {

    private volatile boolean running = true;
    private long rounds;

    @Override
    public void run() {
        while (running) {
            rounds++;            // one round of work
        }
    }

    void stop() {
        running = false;
    }

    long rounds() {
        return rounds;
    }
}

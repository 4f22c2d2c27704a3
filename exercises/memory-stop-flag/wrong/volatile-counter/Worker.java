class Worker implements Runnable {

    private boolean running = true;
    private volatile long rounds;

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

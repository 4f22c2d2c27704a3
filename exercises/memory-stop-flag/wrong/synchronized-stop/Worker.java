class Worker implements Runnable {

    private boolean running = true;
    private long rounds;

    @Override
    public void run() {
        while (running) {
            rounds++;            // one round of work
        }
    }

    synchronized void stop() {
        running = false;
    }

    long rounds() {
        return rounds;
    }
}

class Worker implements Runnable {
    private boolean running = true;
    private long rounds;

    private synchronized boolean isRunning() {
        return running;
    }

    @Override
    public void run() {
        while (isRunning()) {
            rounds++;
        }
    }

    synchronized void stop() {
        running = false;
    }

    long rounds() {
        return rounds;
    }
}

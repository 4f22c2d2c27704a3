class Worker implements Runnable {

    private volatile boolean running = true;
    private long rounds;

    @Override
    public void run() {
        boolean keepGoing = running;   // read the volatile once, cheaper in the loop
        while (keepGoing) {
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

import java.util.concurrent.CountDownLatch;

class Worker implements Runnable {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private long rounds;

    @Override
    public void run() {
        while (stopped.getCount() > 0) {
            rounds++;
        }
        System.out.println("worker stopped after " + rounds + " rounds");
    }

    void stop() {
        stopped.countDown();
    }

    long rounds() {
        return rounds;
    }
}

// expect: hang
// lines: 9, 16
// about: the worker loops until it is interrupted, but an interrupt that lands in sleep() throws, clears the status, and is swallowed: the loop never sees it
public class InterruptSwallowed {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    // swallowed: the interrupt status is now clear
                }
            }
        });
        worker.start();
        worker.interrupt();
        worker.join();
    }
}

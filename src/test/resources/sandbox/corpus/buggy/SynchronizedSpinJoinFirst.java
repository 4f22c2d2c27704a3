// expect: hang
// lines: 13, 21
// about: the worker checks ready under the lock in a loop; main joins the worker before it sets ready, so the worker takes and gives back the monitor for ever
public class SynchronizedSpinJoinFirst {
    static final Object lock = new Object();
    static boolean ready;
    static int seen;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (true) {
                synchronized (lock) {
                    if (ready) {
                        seen++;
                        return;
                    }
                }
            }
        });
        worker.start();
        worker.join();
        synchronized (lock) {
            ready = true;
        }
    }
}

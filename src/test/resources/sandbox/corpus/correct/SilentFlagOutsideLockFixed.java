// expect: none
// lines:
// about: ready is written and read holding the same monitor
public class SilentFlagOutsideLockFixed {
    static final Object LOCK = new Object();
    static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            synchronized (LOCK) {
                ready = true;
                LOCK.notifyAll();
            }
        });
        worker.start();
        synchronized (LOCK) {
            while (!ready) {
                LOCK.wait();
            }
        }
        worker.join();
    }
}

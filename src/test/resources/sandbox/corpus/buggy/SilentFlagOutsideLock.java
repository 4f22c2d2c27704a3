// expect: data-race
// lines: 10, 17
// about: the waiter reads ready inside the monitor but the worker sets it outside; the wake-up still works, the write is unordered with the read
public class SilentFlagOutsideLock {
    static final Object LOCK = new Object();
    static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            ready = true;
            synchronized (LOCK) {
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

// expect: none
// lines:
// about: the waiter holds the monitor while it checks ready and calls wait(), as wait() requires
public class WaitWithoutMonitorFixed {
    static final Object lock = new Object();
    static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread notifier = new Thread(() -> {
            synchronized (lock) {
                ready = true;
                lock.notifyAll();
            }
        });
        Thread waiter = new Thread(() -> {
            try {
                synchronized (lock) {
                    while (!ready) {
                        lock.wait();
                    }
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        notifier.start();
        waiter.start();
        notifier.join();
        waiter.join();
    }
}

// expect: exception
// lines: 17, 18
// about: wait() is called without synchronized(lock); whenever the waiter gets there before ready is set it throws IllegalMonitorStateException
public class WaitWithoutMonitor {
    static final Object lock = new Object();
    static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread notifier = new Thread(() -> {
            synchronized (lock) {
                ready = true;
                lock.notifyAll();
            }
        });
        Thread waiter = new Thread(() -> {
            try {
                if (!ready) {
                    lock.wait();
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

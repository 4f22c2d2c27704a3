// expect: none
// lines:
// about: the waiter checks a flag in a while loop while holding the lock, and the notifier sets the flag under the same lock before notifyAll
public class LostWakeupFixed {
    static final Object lock = new Object();
    static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                while (!ready) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        });
        Thread notifier = new Thread(() -> {
            synchronized (lock) {
                ready = true;
                lock.notifyAll();
            }
        });
        waiter.start();
        notifier.start();
        waiter.join();
        notifier.join();
    }
}

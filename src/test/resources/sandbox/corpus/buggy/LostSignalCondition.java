// expect: lost-wakeup
// lines: 14, 17, 29
// about: Condition version of the lost wake-up; done is tested without holding the lock, so signalAll() can happen before await()
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class LostSignalCondition {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition finished = lock.newCondition();
    static volatile boolean done;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            if (!done) {
                lock.lock();
                try {
                    finished.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                } finally {
                    lock.unlock();
                }
            }
        });
        Thread signaller = new Thread(() -> {
            lock.lock();
            try {
                done = true;
                finished.signalAll();
            } finally {
                lock.unlock();
            }
        });
        waiter.start();
        signaller.start();
        waiter.join();
        signaller.join();
    }
}

// expect: none
// lines:
// about: done is tested in a while loop while holding the lock that the signaller holds when it sets done and calls signalAll
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class LostSignalConditionFixed {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition finished = lock.newCondition();
    static boolean done;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                while (!done) {
                    finished.await();
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            } finally {
                lock.unlock();
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

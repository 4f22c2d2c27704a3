// expect: none
// lines:
// about: main holds the lock until the worker, waiting in lockInterruptibly, has been interrupted and has ended; the worker must end by InterruptedException, never holding the lock
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

public class LockInterruptiblyCancel {
    public static void main(String[] args) throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean entered = new AtomicBoolean();
        lock.lock();
        try {
            Thread worker = new Thread(() -> {
                try {
                    lock.lockInterruptibly();
                    try {
                        entered.set(true);
                    } finally {
                        lock.unlock();
                    }
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            });
            worker.start();
            worker.interrupt();
            worker.join();
            assert lock.isHeldByCurrentThread() && lock.getHoldCount() == 1;
        } finally {
            lock.unlock();
        }
        assert interrupted.get() && !entered.get() : "interrupted " + interrupted + ", entered " + entered;
        assert !lock.isLocked();
    }
}

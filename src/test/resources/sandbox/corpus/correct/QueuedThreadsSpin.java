// expect: not-modelled
// lines: 22
// about: correct (main lets the worker in once it is queued), but hasQueuedThreads() asks the real lock, which the model never takes: the sandbox must say it could not check it, never hang
import java.util.concurrent.locks.ReentrantLock;

public class QueuedThreadsSpin {
    static final ReentrantLock lock = new ReentrantLock();
    static int count;

    public static void main(String[] args) throws InterruptedException {
        lock.lock();
        Thread worker = new Thread(() -> {
            lock.lock();
            try {
                count++;
            } finally {
                lock.unlock();
            }
        });
        try {
            worker.start();
            while (!lock.hasQueuedThreads()) {
                Thread.onSpinWait();
            }
            assert lock.isHeldByCurrentThread() && lock.getHoldCount() == 1 && lock.isLocked();
            count++;
        } finally {
            lock.unlock();
        }
        worker.join();
        assert count == 2 : "count = " + count;
    }
}

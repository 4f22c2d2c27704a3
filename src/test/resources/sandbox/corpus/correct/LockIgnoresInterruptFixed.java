// expect: none
// lines:
// about: the worker waits in lockInterruptibly(), which main's interrupt ends with InterruptedException, so main's join returns
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

public class LockIgnoresInterruptFixed {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        AtomicBoolean gaveUp = new AtomicBoolean();
        lock.lock();
        try {
            Thread worker = new Thread(() -> {
                try {
                    lock.lockInterruptibly();
                    lock.unlock();
                } catch (InterruptedException e) {
                    gaveUp.set(true);
                }
            });
            worker.start();
            worker.interrupt();
            worker.join();
            assert gaveUp.get();
        } finally {
            lock.unlock();
        }
    }
}

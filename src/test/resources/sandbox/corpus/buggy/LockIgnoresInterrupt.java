// expect: deadlock
// lines: 13, 22
// about: the worker waits in lock() while main holds the lock and joins it; interrupt() does not end lock(), so neither goes on
import java.util.concurrent.locks.ReentrantLock;

public class LockIgnoresInterrupt {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        int[] entered = new int[1];
        lock.lock();
        try {
            Thread worker = new Thread(() -> {
                lock.lock();
                try {
                    entered[0]++;
                } finally {
                    lock.unlock();
                }
            });
            worker.start();
            worker.interrupt();
            worker.join();
        } finally {
            lock.unlock();
        }
        assert entered[0] == 1;
    }
}

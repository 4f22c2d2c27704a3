// expect: none
// lines:
// about: a timed tryLock that may run out (the holder can be slow), after which the thread counts the miss and waits with lock(): every increment is made under the lock, whichever way it was taken
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

public class TimedTryLockFallback {
    static final ReentrantLock lock = new ReentrantLock();
    static int count;
    static final AtomicInteger misses = new AtomicInteger();

    static void increment() throws InterruptedException {
        if (!lock.tryLock(5, TimeUnit.MILLISECONDS)) {
            misses.incrementAndGet();
            lock.lock();
        }
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable twice = () -> {
            try {
                increment();
                increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread a = new Thread(twice);
        Thread b = new Thread(twice);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 4 : "count " + count;
        assert misses.get() <= 4;
    }
}

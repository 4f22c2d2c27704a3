// expect: none
// lines:
// about: a two-slot buffer with one lock and two conditions (notFull, notEmpty), awaited in while loops, two producers and two consumers: every item is taken once, spurious wake-ups included
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionTwoPredicates {
    static final class Buffer {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition();
        final Condition notEmpty = lock.newCondition();
        final ArrayDeque<Integer> items = new ArrayDeque<>();

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (items.size() == 2) {
                    notFull.await();
                }
                items.addLast(x);
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (items.isEmpty()) {
                    notEmpty.await();
                }
                int x = items.removeFirst();
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buffer = new Buffer();
        AtomicInteger sum = new AtomicInteger();
        Thread[] threads = {
            new Thread(() -> run(() -> { buffer.put(1); buffer.put(2); })),
            new Thread(() -> run(() -> { buffer.put(3); buffer.put(4); })),
            new Thread(() -> run(() -> { sum.addAndGet(buffer.take()); sum.addAndGet(buffer.take()); })),
            new Thread(() -> run(() -> { sum.addAndGet(buffer.take()); sum.addAndGet(buffer.take()); })),
        };
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assert sum.get() == 10 : "sum " + sum;
    }

    interface Body {
        void run() throws InterruptedException;
    }

    static void run(Body b) {
        try {
            b.run();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

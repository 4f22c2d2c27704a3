// expect: lost-wakeup
// lines: 17, 30
// about: a one-slot buffer with two conditions, but put() signals notFull and take() signals notEmpty: each wakes the wrong side, and a consumer that waits first is never woken
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class SignalWrongCondition {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition notEmpty = lock.newCondition();
    static final Condition notFull = lock.newCondition();
    static Integer slot;

    static void put(int v) throws InterruptedException {
        lock.lock();
        try {
            while (slot != null) {
                notFull.await();
            }
            slot = v;
            notFull.signal();
        } finally {
            lock.unlock();
        }
    }

    static int take() throws InterruptedException {
        lock.lock();
        try {
            while (slot == null) {
                notEmpty.await();
            }
            int v = slot;
            slot = null;
            notEmpty.signal();
            return v;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> {
            try {
                put(1);
                put(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                int sum = take() + take();
                assert sum == 3;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
    }
}

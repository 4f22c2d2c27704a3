// expect: assertion
// lines: 13, 22, 23
// about: an optimistic read of x and y is used without validate(); a write between the two reads gives a torn pair that breaks x == y
import java.util.concurrent.locks.StampedLock;

public class StampedOptimisticNoValidate {
    static final StampedLock lock = new StampedLock();
    static int x, y; // invariant: x == y

    static void move() {
        long stamp = lock.writeLock();
        try {
            x++;
            y++;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    static void check() {
        lock.tryOptimisticRead();
        int a = x;
        int b = y;
        assert a == b : "saw x=" + a + " y=" + b;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(StampedOptimisticNoValidate::move);
        Thread reader = new Thread(StampedOptimisticNoValidate::check);
        writer.start();
        reader.start();
        writer.join();
        reader.join();
    }
}

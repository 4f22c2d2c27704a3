// expect: none
// lines:
// about: the optimistic read is checked with validate(); if a write came in between, the pair is read again under the read lock
import java.util.concurrent.locks.StampedLock;

public class StampedOptimisticNoValidateFixed {
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
        long stamp = lock.tryOptimisticRead();
        int a = x;
        int b = y;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                a = x;
                b = y;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        assert a == b : "saw x=" + a + " y=" + b;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(StampedOptimisticNoValidateFixed::move);
        Thread reader = new Thread(StampedOptimisticNoValidateFixed::check);
        writer.start();
        reader.start();
        writer.join();
        reader.join();
    }
}

// expect: none
// lines:
// about: the optimistic read is validated; when a write came in between, the price is read again under the read lock
import java.util.concurrent.locks.StampedLock;

public class StampedOptimisticNeverValidatedFixed {
    static final StampedLock lock = new StampedLock();
    static int price;
    static int seen;

    static void update() {
        long stamp = lock.writeLock();
        try {
            price = 12;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    static int quote() {
        long stamp = lock.tryOptimisticRead();
        int p = price;
        if (lock.validate(stamp)) {
            return p;
        }
        stamp = lock.readLock(); // a write came in between: read again under the read lock
        try {
            return price;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        price = 10;
        Thread writer = new Thread(StampedOptimisticNeverValidatedFixed::update);
        Thread reader = new Thread(() -> seen = quote());
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        assert seen == 10 || seen == 12 : "a price that was never set: " + seen;
    }
}

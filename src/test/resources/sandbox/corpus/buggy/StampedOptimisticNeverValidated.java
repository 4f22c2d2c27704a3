// expect: data-race
// lines: 14, 22
// about: the reader takes an optimistic stamp and returns the price without validate(): nothing orders that read with the write under the write lock (one value, so no schedule shows a torn pair), and the JIT may keep a stale price for ever
import java.util.concurrent.locks.StampedLock;

public class StampedOptimisticNeverValidated {
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
        lock.tryOptimisticRead();
        return price;
    }

    public static void main(String[] args) throws InterruptedException {
        price = 10;
        Thread writer = new Thread(StampedOptimisticNeverValidated::update);
        Thread reader = new Thread(() -> seen = quote());
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        assert seen == 10 || seen == 12 : "a price that was never set: " + seen;
    }
}

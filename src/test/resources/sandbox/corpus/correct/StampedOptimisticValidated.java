// expect: none
// lines:
// about: a point read with tryOptimisticRead and validate(), falling back to a read lock when validation fails; the writer moves both coordinates under the write lock, so a reader never uses a torn pair
import java.util.concurrent.locks.StampedLock;

public class StampedOptimisticValidated {
    static final class Point {
        final StampedLock lock = new StampedLock();
        int x;
        int y;

        void move(int d) {
            long stamp = lock.writeLock();
            try {
                x += d;
                y += d;
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        int[] read() {
            long stamp = lock.tryOptimisticRead();
            int cx = x;
            int cy = y;
            if (!lock.validate(stamp)) {
                stamp = lock.readLock();
                try {
                    cx = x;
                    cy = y;
                } finally {
                    lock.unlockRead(stamp);
                }
            }
            return new int[] {cx, cy};
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Point p = new Point();
        int[][] seen = new int[2][];
        Thread writer = new Thread(() -> {
            p.move(1);
            p.move(2);
        });
        Thread reader = new Thread(() -> {
            seen[0] = p.read();
            seen[1] = p.read();
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        for (int[] s : seen) {
            assert s[0] == s[1] : "torn: " + s[0] + ", " + s[1];
        }
    }
}

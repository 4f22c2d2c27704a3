// expect: none
// lines:
// about: a writer waits in writeLock().lockInterruptibly() while main holds the read lock and joins it; the interrupt ends the wait
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteInterruptibly {
    public static void main(String[] args) throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        AtomicBoolean gaveUp = new AtomicBoolean();
        rw.readLock().lock();
        try {
            Thread writer = new Thread(() -> {
                try {
                    rw.writeLock().lockInterruptibly();
                    rw.writeLock().unlock();
                } catch (InterruptedException e) {
                    gaveUp.set(true);
                }
            });
            writer.start();
            writer.interrupt();
            writer.join();
            assert gaveUp.get();
        } finally {
            rw.readLock().unlock();
        }
    }
}

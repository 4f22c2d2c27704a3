// expect: none
// lines:
// about: the two virtual threads increment under one ReentrantLock, so the increments cannot interleave
import java.util.concurrent.locks.ReentrantLock;

public class VirtualThreadRaceFixed {
    static final ReentrantLock lock = new ReentrantLock();
    static int count;

    static void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = Thread.ofVirtual().start(VirtualThreadRaceFixed::increment);
        Thread b = Thread.ofVirtual().start(VirtualThreadRaceFixed::increment);
        a.join();
        b.join();
        assert count == 2 : "lost update: count = " + count;
    }
}

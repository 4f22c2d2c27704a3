// expect: none
// about: the worker counts items handed to it, not unparks: it parks only while it has taken every item there is, so two unparks that merge into one permit lose nothing
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

public class UnparkTwiceParkTwice {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger items = new AtomicInteger();
        Thread worker = new Thread(() -> {
            int taken = 0;
            while (taken < 2) {
                if (items.get() > taken) {
                    taken++;
                } else {
                    LockSupport.park();
                }
            }
        });
        worker.start();
        for (int i = 0; i < 2; i++) {
            items.incrementAndGet();
            LockSupport.unpark(worker);
        }
        worker.join();
    }
}

// expect: none
// lines:
// about: compareAndSet(false, true) checks and claims in one atomic step: exactly one thread wins
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

public class VolatileClaimTwiceFixed {
    static final AtomicBoolean claimed = new AtomicBoolean();
    static final AtomicInteger winners = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Runnable contender = () -> {
            if (claimed.compareAndSet(false, true)) {
                winners.incrementAndGet();
            }
        };
        Thread a = new Thread(contender);
        Thread b = new Thread(contender);
        a.start();
        b.start();
        a.join();
        b.join();
        assert winners.get() == 1 : winners.get() + " winners";
    }
}

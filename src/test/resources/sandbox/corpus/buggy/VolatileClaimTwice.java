// expect: assertion
// lines: 12, 13, 23
// about: each thread claims the prize if no one has (volatile check, then volatile set); both can see it unclaimed and both win
import java.util.concurrent.atomic.AtomicInteger;

public class VolatileClaimTwice {
    static volatile boolean claimed;
    static final AtomicInteger winners = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Runnable contender = () -> {
            if (!claimed) {
                claimed = true;
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

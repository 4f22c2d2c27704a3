// expect: deadlock
// lines: 16, 24
// about: three threads exchange on one Exchanger; exchanges pair threads up, so whichever thread is left over waits forever for a partner
import java.util.concurrent.Exchanger;
import java.util.concurrent.atomic.AtomicInteger;

public class ExchangerOddThreads {
    public static void main(String[] args) throws InterruptedException {
        Exchanger<Integer> exchanger = new Exchanger<>();
        AtomicInteger sum = new AtomicInteger();
        Thread[] threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            int mine = i;
            threads[i] = new Thread(() -> {
                try {
                    sum.addAndGet(exchanger.exchange(mine));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assert sum.get() <= 3;
    }
}

// expect: none
// lines:
// about: an even number of threads (four) exchange, so every thread finds a partner; whatever the pairing, each value is received exactly once
import java.util.concurrent.Exchanger;
import java.util.concurrent.atomic.AtomicInteger;

public class ExchangerOddThreadsFixed {
    public static void main(String[] args) throws InterruptedException {
        Exchanger<Integer> exchanger = new Exchanger<>();
        AtomicInteger sum = new AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            int mine = i;
            threads[i] = new Thread(() -> {
                try {
                    int theirs = exchanger.exchange(mine);
                    assert theirs != mine : "a thread never exchanges with itself";
                    sum.addAndGet(theirs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assert sum.get() == 0 + 1 + 2 + 3 : "sum " + sum.get();
    }
}

// expect: none
// lines:
// about: awaitTermination(Long.MAX_VALUE, NANOSECONDS), the common idiom, and again in MILLISECONDS after a sleep: both wait until the pool has ended, so every task's write is seen
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class LongMaxAwaitTermination {
    static int[] results = new int[4];

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(1);
        AtomicInteger ran = new AtomicInteger();
        ExecutorService first = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            int slot = i;
            first.execute(() -> {
                results[slot] = slot + 1;
                ran.incrementAndGet();
            });
        }
        first.shutdown();
        boolean ended = first.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        assert ended && ran.get() == 2 : "first pool: ended = " + ended + ", ran = " + ran.get();
        assert results[0] == 1 && results[1] == 2 : "first pool's results not seen";
        ExecutorService second = Executors.newCachedThreadPool();
        for (int i = 2; i < 4; i++) {
            int slot = i;
            second.execute(() -> results[slot] = slot + 1);
        }
        second.shutdown();
        assert second.awaitTermination(Long.MAX_VALUE, TimeUnit.MILLISECONDS) : "second pool did not end";
        assert results[2] == 3 && results[3] == 4 : "second pool's results not seen";
    }
}

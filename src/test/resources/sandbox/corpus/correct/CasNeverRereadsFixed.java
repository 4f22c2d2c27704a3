// expect: none
// lines:
// about: the expected value is read again before every compareAndSet, so a CAS fails only when another thread moved the counter on in between, and the retry sees the new value
import java.util.concurrent.atomic.AtomicInteger;

public class CasNeverRereadsFixed {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        Runnable increment = () -> {
            int expected;
            do {
                expected = count.get();
            } while (!count.compareAndSet(expected, expected + 1));
        };
        Thread a = new Thread(increment);
        Thread b = new Thread(increment);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count.get() == 2 : "count = " + count.get();
    }
}

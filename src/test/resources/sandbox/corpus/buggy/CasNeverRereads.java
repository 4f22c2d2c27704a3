// expect: hang
// lines: 11
// about: the expected value is read once before the compareAndSet loop; once the other thread has moved the counter on, the CAS fails for ever and the thread spins
import java.util.concurrent.atomic.AtomicInteger;

public class CasNeverRereads {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        Runnable increment = () -> {
            int expected = count.get();
            while (!count.compareAndSet(expected, expected + 1)) {
                Thread.onSpinWait();
            }
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

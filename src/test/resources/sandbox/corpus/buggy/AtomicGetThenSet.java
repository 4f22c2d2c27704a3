// expect: assertion
// lines: 10, 11
// about: count.set(count.get() + 1) uses an AtomicInteger but the get and the set are two separate atomic steps
import java.util.concurrent.atomic.AtomicInteger;

public class AtomicGetThenSet {
    static final AtomicInteger count = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> count.set(count.get() + 1));
        Thread b = new Thread(() -> count.set(count.get() + 1));
        a.start();
        b.start();
        a.join();
        b.join();
        assert count.get() == 2 : "lost update: count = " + count.get();
    }
}

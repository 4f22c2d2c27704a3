// expect: none
// lines:
// about: updateAndGet does the read-modify-write as one atomic compare-and-set loop
import java.util.concurrent.atomic.AtomicInteger;

public class AtomicGetThenSetFixed {
    static final AtomicInteger count = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> count.updateAndGet(v -> v + 1));
        Thread b = new Thread(() -> count.updateAndGet(v -> v + 1));
        a.start();
        b.start();
        a.join();
        b.join();
        assert count.get() == 2 : "lost update: count = " + count.get();
    }
}

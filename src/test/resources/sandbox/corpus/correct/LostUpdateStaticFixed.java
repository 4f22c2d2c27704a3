// expect: none
// lines:
// about: the static counter is an AtomicInteger; incrementAndGet is a single atomic read-modify-write
import java.util.concurrent.atomic.AtomicInteger;

public class LostUpdateStaticFixed {
    static final AtomicInteger hits = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(hits::incrementAndGet);
        Thread b = new Thread(hits::incrementAndGet);
        a.start();
        b.start();
        a.join();
        b.join();
        assert hits.get() == 2 : "lost update: hits = " + hits.get();
    }
}

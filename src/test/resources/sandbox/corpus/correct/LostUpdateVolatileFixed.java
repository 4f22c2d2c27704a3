// expect: none
// lines:
// about: a LongAdder replaces volatile int n; increment() never loses an update and sum() after join sees both
import java.util.concurrent.atomic.LongAdder;

public class LostUpdateVolatileFixed {
    static final LongAdder n = new LongAdder();

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(n::increment);
        Thread b = new Thread(n::increment);
        a.start();
        b.start();
        a.join();
        b.join();
        assert n.sum() == 2 : "n = " + n.sum();
    }
}

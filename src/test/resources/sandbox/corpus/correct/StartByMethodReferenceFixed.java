// expect: none
// lines:
// about: threads started with forEach(Thread::start) increment an AtomicInteger; the waiter spins on anyMatch(Thread::isAlive), which orders the results
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class StartByMethodReferenceFixed {
    static final AtomicInteger count = new AtomicInteger();
    static final int[] squares = new int[2];

    public static void main(String[] args) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int k = i;
            threads.add(new Thread(() -> { count.incrementAndGet(); squares[k] = k * k; }));
        }
        threads.forEach(Thread::start);
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.onSpinWait();
        }
        assert count.get() == 2 && squares[1] == 1 : "count " + count.get() + ", squares[1] " + squares[1];
    }
}

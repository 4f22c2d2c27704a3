// expect: none
// lines:
// about: an ArrayBlockingQueue(1) does the bounded hand-off; its put()/take() manage the waiting and signalling correctly
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

public class ProducerConsumerNotifyFixedQueue {
    static final BlockingQueue<Integer> buffer = new ArrayBlockingQueue<>(1);
    static final AtomicInteger sum = new AtomicInteger();

    interface Action {
        void run() throws InterruptedException;
    }

    static Thread start(Action action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        t.start();
        return t;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread c1 = start(() -> sum.addAndGet(buffer.take()));
        Thread c2 = start(() -> sum.addAndGet(buffer.take()));
        Thread p1 = start(() -> buffer.put(1));
        Thread p2 = start(() -> buffer.put(2));
        c1.join();
        c2.join();
        p1.join();
        p2.join();
        assert sum.get() == 3 : "sum = " + sum.get();
    }
}

// expect: none
// lines:
// about: each consumer polls once and checks the result for null: taking and checking are one step
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

public class QueueEmptyThenPollFixed {
    static final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
    static final AtomicInteger taken = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        queue.add(7);
        Runnable consumer = () -> {
            Integer item = queue.poll();
            if (item != null) {
                taken.incrementAndGet();
            }
        };
        Thread a = new Thread(consumer);
        Thread b = new Thread(consumer);
        a.start();
        b.start();
        a.join();
        b.join();
        assert taken.get() == 1 : "the item was taken " + taken.get() + " times";
    }
}

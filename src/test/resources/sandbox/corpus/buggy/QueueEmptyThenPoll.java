// expect: exception
// lines: 12, 13
// about: two consumers check isEmpty() and then poll() one item from a ConcurrentLinkedQueue; both can see it non-empty, and the later poll returns null, which unboxing turns into a NullPointerException
import java.util.concurrent.ConcurrentLinkedQueue;

public class QueueEmptyThenPoll {
    static final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws InterruptedException {
        queue.add(7);
        Runnable consumer = () -> {
            if (!queue.isEmpty()) {
                int item = queue.poll();
                assert item == 7;
            }
        };
        Thread a = new Thread(consumer);
        Thread b = new Thread(consumer);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}

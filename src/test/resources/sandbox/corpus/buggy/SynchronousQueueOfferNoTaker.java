// expect: deadlock
// lines: 11, 15
// about: offer() on a SynchronousQueue succeeds only if a taker is already waiting; offered before the consumer's take(), the item is dropped and the consumer waits for ever
import java.util.concurrent.SynchronousQueue;

public class SynchronousQueueOfferNoTaker {
    public static void main(String[] args) throws Exception {
        SynchronousQueue<Integer> q = new SynchronousQueue<>();
        int[] got = new int[1];
        Thread producer = new Thread(() -> {
            q.offer(7);
        });
        Thread consumer = new Thread(() -> {
            try {
                got[0] = q.take();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        assert got[0] == 7;
    }
}

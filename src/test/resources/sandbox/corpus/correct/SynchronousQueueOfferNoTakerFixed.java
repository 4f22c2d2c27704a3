// expect: none
// lines:
// about: the producer retries offer() (and then a timed offer) until a taker takes the item; the consumer takes with take() and a timed poll in a loop
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

public class SynchronousQueueOfferNoTakerFixed {
    public static void main(String[] args) throws Exception {
        SynchronousQueue<Integer> q = new SynchronousQueue<>();
        int[] got = new int[2];
        Thread producer = new Thread(() -> {
            try {
                while (!q.offer(7)) {
                    Thread.onSpinWait();
                }
                while (!q.offer(8, 1, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                got[0] = q.take();
                Integer next;
                while ((next = q.poll(1, TimeUnit.MILLISECONDS)) == null) {
                    Thread.onSpinWait();
                }
                got[1] = next;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        assert got[0] == 7 && got[1] == 8;
        assert q.poll() == null;
    }
}

// expect: none
// lines:
// about: queue.poll(Long.MAX_VALUE, MILLISECONDS) after a sleep waits for the producer's item; it never returns null
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class LongMaxQueuePoll {
    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(1);
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> queue.add(7));
        producer.start();
        Integer item = queue.poll(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
        assert item != null : "poll(Long.MAX_VALUE) timed out";
        assert item == 7 : "item = " + item;
    }
}

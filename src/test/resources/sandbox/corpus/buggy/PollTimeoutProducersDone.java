// expect: assertion
// lines: 22, 26
// about: the consumer takes a null from poll(100 ms) to mean "the producer is done"; a producer that is only slow (starved for 100 ms) still has items to put, and they are never counted
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class PollTimeoutProducersDone {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> {
            try {
                queue.put(1);
                queue.put(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        int sum = 0;
        Integer item;
        while ((item = queue.poll(100, TimeUnit.MILLISECONDS)) != null) {
            sum += item;
        }
        producer.join();
        assert sum == 3 : "items lost: the sum is " + sum;
    }
}

// expect: none
// lines:
// about: a null from poll(10 s) is taken to mean "the producer is done": a timeout of 10 s or more ends only when the producer cannot run, i.e. when it has put everything and ended
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class PollTimeoutProducersDoneFixedLongTimeout {
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
        while ((item = queue.poll(10, TimeUnit.SECONDS)) != null) {
            sum += item;
        }
        producer.join();
        assert sum == 3 : "items lost: the sum is " + sum;
    }
}

// expect: none
// lines:
// about: a null from poll(100 ms) only means "nothing yet"; the consumer stops when the producer has ended (isAlive() false orders all its puts before) and the queue is drained
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class PollTimeoutProducersDoneFixed {
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
        while (true) {
            Integer item = queue.poll(100, TimeUnit.MILLISECONDS);
            if (item != null) {
                sum += item;
            } else if (!producer.isAlive()) {
                for (Integer rest; (rest = queue.poll()) != null; ) {
                    sum += rest;
                }
                break;
            }
        }
        assert sum == 3 : "items lost: the sum is " + sum;
    }
}

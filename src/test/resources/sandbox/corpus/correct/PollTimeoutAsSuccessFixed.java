// expect: none
// lines:
// about: a null from poll(timeout) means "nothing yet", so the consumer polls again until the slow producer's item arrives
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class PollTimeoutAsSuccessFixed {
    static int total;

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
        Thread producer = new Thread(() -> {
            try {
                Thread.sleep(1500); // a slow computation
                queue.put(42);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        Integer value;
        while ((value = queue.poll(1, TimeUnit.SECONDS)) == null) {
            // nothing yet: poll again (how many times is not known: the producer may be slow for any time)
        }
        total += value;
        producer.join();
        assert total == 42;
    }
}

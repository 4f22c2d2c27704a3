// expect: exception
// lines: 15, 22
// about: poll(timeout) returns null when the time runs out; the consumer unboxes the result without checking, and the slow producer (1.5 s of virtual time) makes it time out (NullPointerException)
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class PollTimeoutAsSuccess {
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
        int value = queue.poll(1, TimeUnit.SECONDS);
        total += value;
        producer.join();
        assert total == 42;
    }
}

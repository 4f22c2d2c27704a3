// expect: none
// lines:
// about: main waits until the bounded queue is full (remainingCapacity 0) and then drains it
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

public class QueueSizeSpin {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(2);
        Thread producer = new Thread(() -> {
            try {
                q.put(1);
                q.put(2);
                q.put(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        while (q.remainingCapacity() > 0 || q.size() < 2) {
            Thread.onSpinWait();
        }
        int sum = q.take() + q.take() + q.take();
        assert sum == 6 : "sum = " + sum;
        producer.join();
    }
}

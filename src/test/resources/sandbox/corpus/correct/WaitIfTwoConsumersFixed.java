// expect: none
// lines:
// about: the consumer re-checks the queue in a while loop after every wake-up, so a stolen item just means waiting again
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

public class WaitIfTwoConsumersFixed {
    static final ArrayDeque<Integer> queue = new ArrayDeque<>();
    static final AtomicInteger sum = new AtomicInteger();

    static int take() throws InterruptedException {
        synchronized (queue) {
            while (queue.isEmpty()) {
                queue.wait();
            }
            return queue.removeFirst();
        }
    }

    static void put(int item) {
        synchronized (queue) {
            queue.addLast(item);
            queue.notifyAll();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable consumer = () -> {
            try {
                sum.addAndGet(take());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        };
        Thread c1 = new Thread(consumer);
        Thread c2 = new Thread(consumer);
        Thread producer = new Thread(() -> {
            put(1);
            put(2);
        });
        c1.start();
        c2.start();
        producer.start();
        c1.join();
        c2.join();
        producer.join();
        assert sum.get() == 3 : "sum = " + sum.get();
    }
}

// expect: exception
// lines: 14, 16
// about: wait() under `if` with two consumers; a woken consumer does not re-check, the other consumer stole the item, removeFirst() throws NoSuchElementException
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

public class WaitIfTwoConsumers {
    static final ArrayDeque<Integer> queue = new ArrayDeque<>();
    static final AtomicInteger sum = new AtomicInteger();

    static int take() throws InterruptedException {
        synchronized (queue) {
            if (queue.isEmpty()) {
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

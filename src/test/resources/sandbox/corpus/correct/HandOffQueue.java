// expect: none
// lines:
// about: race-free: the producer fills a plain object, then puts it; put happens before the take that receives it
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

public class HandOffQueue {
    static class Order {
        int id;
        String item;
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Order> queue = new ArrayBlockingQueue<>(1);
        Thread producer = new Thread(() -> {
            Order o = new Order();
            o.id = 7;
            o.item = "tea";
            try {
                queue.put(o);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        Order got = queue.take();
        assert got.id == 7 && got.item.equals("tea");
        producer.join();
    }
}

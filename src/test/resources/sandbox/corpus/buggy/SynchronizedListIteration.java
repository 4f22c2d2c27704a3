// expect: exception
// lines: 14, 18
// about: Collections.synchronizedList makes add() safe but iteration must hold the list's lock; without it next() throws ConcurrentModificationException
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SynchronizedListIteration {
    static final List<Integer> prices = Collections.synchronizedList(new ArrayList<>(List.of(1, 2)));
    static int sum;

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> {
            for (int price : prices) {
                sum += price;
            }
        });
        Thread writer = new Thread(() -> prices.add(3));
        reader.start();
        writer.start();
        reader.join();
        writer.join();
    }
}

// expect: none
// lines:
// about: the reader holds the synchronized list's own lock for the whole iteration, which add() also takes
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SynchronizedListIterationFixed {
    static final List<Integer> prices = Collections.synchronizedList(new ArrayList<>(List.of(1, 2)));
    static int sum;

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> {
            synchronized (prices) {
                for (int price : prices) {
                    sum += price;
                }
            }
        });
        Thread writer = new Thread(() -> prices.add(3));
        reader.start();
        writer.start();
        reader.join();
        writer.join();
        assert sum == 3 || sum == 6 : "sum = " + sum;
    }
}

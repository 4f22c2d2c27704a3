// expect: exception
// lines: 13, 17
// about: one thread iterates an ArrayList while another adds to it; the iterator's next() throws ConcurrentModificationException
import java.util.ArrayList;
import java.util.List;

public class ArrayListIterateWhileAdding {
    static final List<Integer> prices = new ArrayList<>(List.of(1, 2));
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

// expect: none
// lines:
// about: a CopyOnWriteArrayList iterator works on a snapshot, so a concurrent add never breaks the iteration
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public class ArrayListIterateWhileAddingFixed {
    static final List<Integer> prices = new CopyOnWriteArrayList<>(List.of(1, 2));
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
        assert sum == 3 || sum == 6 : "sum = " + sum;
    }
}

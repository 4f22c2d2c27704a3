// expect: none
// lines:
// about: each worker writes its own slot of a presized ArrayList with set(i, …) and reads a slot main filled before starting it; distinct elements of a list, like distinct array elements, do not race (JLS 17.4.1), and join orders every slot before main's reads
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class ListSetByIndex {
    public static void main(String[] args) throws InterruptedException {
        List<Integer> squares = new ArrayList<>(Collections.nCopies(4, 0));
        List<Integer> inputs = Arrays.asList(0, 0, 0, 0);
        squares.set(3, 9);
        Thread[] workers = new Thread[3];
        for (int i = 0; i < workers.length; i++) {
            int k = i;
            inputs.set(k, k);
            workers[i] = new Thread(() -> {
                int n = inputs.get(k);
                squares.set(k, n * n + squares.get(3) - 9);
            });
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        assert squares.equals(List.of(0, 1, 4, 9)) : squares;
        assert inputs.contains(2) : inputs;
    }
}

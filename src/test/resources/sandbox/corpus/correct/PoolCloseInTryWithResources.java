// expect: none
// lines:
// about: close() of a fixed pool in try-with-resources waits for every task: their plain writes are seen after the block
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class PoolCloseInTryWithResources {
    static int[] squares = new int[4];

    public static void main(String[] args) {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 4; i++) {
                int n = i;
                pool.execute(() -> squares[n] = n * n);
            }
        }
        for (int i = 0; i < 4; i++) {
            assert squares[i] == i * i : "squares[" + i + "] = " + squares[i];
        }
    }
}

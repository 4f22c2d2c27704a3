// expect: none
// lines:
// about: three supplyAsync on a fixed pool and allOf(...).join(): every result is there with join(), no lock needed
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class AllOfOnOwnPool {
    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> parts = List.of(
                    CompletableFuture.supplyAsync(() -> 1, pool),
                    CompletableFuture.supplyAsync(() -> 2, pool),
                    CompletableFuture.supplyAsync(() -> 3, pool));
            CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0])).join();
            int sum = parts.stream().mapToInt(CompletableFuture::join).sum();
            assert sum == 6 : "sum = " + sum;
        } finally {
            pool.shutdown();
        }
    }
}

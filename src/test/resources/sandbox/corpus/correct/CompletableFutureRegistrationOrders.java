// expect: none
// lines:
// about: the futures go into a plain ArrayList before allOf(...).thenApply(...) is registered; registering the stage happens before it runs, even in the pool thread that completes the last future, so its read of the list is ordered after the adds
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletableFutureRegistrationOrders {
    static int factor = 10; // read inside the task: the task has a step where main can go on

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            int n = i;
            parts.add(CompletableFuture.supplyAsync(() -> n * factor, pool));
        }
        CompletableFuture<Integer> total = CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> parts.stream().mapToInt(CompletableFuture::join).sum());
        int sum = total.join();
        pool.shutdown();
        assert sum == 30 : sum;
    }
}

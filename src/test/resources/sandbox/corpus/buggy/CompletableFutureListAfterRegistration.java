// expect: exception
// lines: 21, 22
// about: main adds to the plain list after registering the stage that reads it; the stage may run at once in the pool thread that completes the last future, unordered with that add: the stream over the list throws ConcurrentModificationException (the race is its cause)
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletableFutureListAfterRegistration {
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
        parts.add(CompletableFuture.completedFuture(0));
        int sum = total.join();
        pool.shutdown();
        assert sum == 30 : sum;
    }
}

// expect: assertion
// lines: 22, 25
// about: an ExecutorCompletionService hands results back in the order the tasks finish, not the order they were submitted; taking the first one as the first task's is wrong when the second finishes first
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletionServiceOrder {
    static volatile int price = 10;

    static int cost(int n) {
        return n * price;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletionService<Integer> results = new ExecutorCompletionService<>(pool);
        results.submit(() -> cost(1));
        results.submit(() -> cost(2));
        int first = results.take().get();
        int second = results.take().get();
        pool.shutdown();
        assert first == 10 && second == 20 : "first " + first + ", second " + second;
    }
}

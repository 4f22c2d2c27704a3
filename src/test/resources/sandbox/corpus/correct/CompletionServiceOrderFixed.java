// expect: none
// lines:
// about: results come from an ExecutorCompletionService in whatever order the tasks finish (take, then a timed poll that loops until a result comes), so the program adds them up instead of expecting an order
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class CompletionServiceOrderFixed {
    static volatile int price = 10;

    static int cost(int n) {
        return n * price;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletionService<Integer> results = new ExecutorCompletionService<>(pool);
        results.submit(() -> cost(1));
        results.submit(() -> cost(2));
        int sum = results.take().get();
        Future<Integer> next;
        while ((next = results.poll(100, TimeUnit.MILLISECONDS)) == null) {
            // not done yet: the other task may be slow
        }
        sum += next.get();
        pool.shutdown();
        assert sum == 30 : "sum " + sum;
    }
}

// expect: none
// lines:
// about: the results are put back in the order of the tasks through the futures submit returned; the completion service only says when each is done
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class CompletionServiceOrderPlainTasksFixed {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletionService<Integer> results = new ExecutorCompletionService<>(pool);
        Future<Integer> seven = results.submit(() -> Integer.parseInt("7"));
        Future<Integer> eight = results.submit(() -> Integer.parseInt("8"));
        results.take();
        results.take();
        pool.shutdown();
        assert seven.get() == 7 && eight.get() == 8 : "seven " + seven.get() + ", eight " + eight.get();
    }
}

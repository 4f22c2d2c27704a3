// expect: none
// lines:
// about: invokeAny of tasks that all fail throws ExecutionException with one of their failures as the cause
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class PoolInvokeAnyAllFail {
    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<Callable<Integer>> tasks = List.of(() -> {
                throw new IllegalStateException("a");
            }, () -> {
                throw new IllegalArgumentException("b");
            });
            pool.invokeAny(tasks);
            throw new AssertionError("invokeAny returned although every task failed");
        } catch (ExecutionException expected) {
            Throwable cause = expected.getCause();
            assert cause instanceof IllegalStateException || cause instanceof IllegalArgumentException : "cause " + cause;
        } finally {
            pool.shutdown();
        }
    }
}

// expect: none
// lines:
// about: invokeAny returns the one task that succeeds, whichever order they end in; the failing one never decides it
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class PoolInvokeAnyOneFails {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> tasks = List.of(() -> {
                throw new IllegalStateException("down");
            }, () -> 2);
            int answer = pool.invokeAny(tasks);
            assert answer == 2 : "answer = " + answer;
        } finally {
            pool.shutdown();
        }
    }
}

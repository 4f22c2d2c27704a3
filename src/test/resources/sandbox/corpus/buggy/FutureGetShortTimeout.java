// expect: exception
// lines: 17, 19
// about: get(10 ms) timing out is treated as an error, but a task that is only slow for 10 ms has not failed: the get times out first and main throws
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class FutureGetShortTimeout {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> answer = pool.submit(() -> 6 * 7);
        int value;
        try {
            value = answer.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within 10 ms", e);
        } finally {
            pool.shutdown();
        }
        assert value == 42 : "value = " + value;
    }
}

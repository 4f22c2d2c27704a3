// expect: none
// lines:
// about: future.get(Long.MAX_VALUE, MILLISECONDS) after a sleep waits for the task: no TimeoutException in any schedule
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class LongMaxFutureGet {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Thread.sleep(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> answer = pool.submit(() -> 6 * 7);
            int value = answer.get(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
            assert value == 42 : "value = " + value;
        } catch (TimeoutException e) {
            throw new AssertionError("get(Long.MAX_VALUE) timed out", e);
        } finally {
            pool.shutdown();
        }
    }
}

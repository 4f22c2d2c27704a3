// expect: none
// lines:
// about: get(1, MINUTES) timing out is treated as an error; a timeout of 10 s or more ends only when the task cannot run, so the result is always there first
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class FutureGetMinuteTimeout {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> answer = pool.submit(() -> 6 * 7);
        int value;
        try {
            value = answer.get(1, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within a minute", e);
        } finally {
            pool.shutdown();
        }
        assert value == 42 : "value = " + value;
    }
}

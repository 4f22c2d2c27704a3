// expect: none
// lines:
// about: invokeAll with a day's timeout on a fixed pool: every future is done and none cancelled, the results are summed after
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class PoolInvokeAllTimedAllDone {
    static int[] parts = new int[3];

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> tasks = List.of(() -> parts[0] = 1, () -> parts[1] = 2, () -> parts[2] = 3);
        List<Future<Integer>> done = pool.invokeAll(tasks, 1, TimeUnit.DAYS);
        int sum = 0;
        for (Future<Integer> f : done) {
            assert f.isDone() && !f.isCancelled() : "a task did not finish";
            sum += f.get();
        }
        pool.shutdown();
        assert sum == 6 : "sum = " + sum;
        assert parts[0] + parts[1] + parts[2] == 6 : "the tasks' writes are not seen";
    }
}

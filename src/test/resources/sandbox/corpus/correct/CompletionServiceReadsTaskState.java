// expect: none
// lines:
// about: race-free: each task fills an array of its own and returns it; main takes each finished future from the completion service before it reads the array (the task's end happens before the take)
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletionServiceReadsTaskState {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletionService<long[]> service = new ExecutorCompletionService<>(pool);
        for (int i = 1; i <= 3; i++) {
            long k = i;
            service.submit(() -> new long[] {k, k * k});
        }
        long sum = 0;
        for (int i = 0; i < 3; i++) {
            long[] r = service.take().get();
            sum += r[1];
        }
        pool.shutdown();
        assert sum == 14 : "sum " + sum;
    }
}

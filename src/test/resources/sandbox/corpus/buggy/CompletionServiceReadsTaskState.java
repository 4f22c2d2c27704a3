// expect: data-race
// lines: 16, 20
// about: main takes only the first finished task, then reads every task's slot: the tasks not yet taken may still be writing theirs
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletionServiceReadsTaskState {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletionService<Integer> service = new ExecutorCompletionService<>(pool);
        long[] squares = new long[3];
        for (int i = 0; i < 3; i++) {
            int k = i;
            service.submit(() -> { squares[k] = (long) k * k; return k; });
        }
        service.take().get();
        long sum = 0;
        for (long s : squares) {
            sum += s;
        }
        pool.shutdown();
        System.out.println(sum);
    }
}

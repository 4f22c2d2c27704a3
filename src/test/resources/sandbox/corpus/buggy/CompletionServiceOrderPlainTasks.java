// expect: assertion
// lines: 16, 19
// about: tasks that touch nothing shared still finish in either order on two pool threads: the first result taken from an ExecutorCompletionService is the second task's when its worker ends first
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletionServiceOrderPlainTasks {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletionService<Integer> results = new ExecutorCompletionService<>(pool);
        results.submit(() -> Integer.parseInt("7"));
        results.submit(() -> Integer.parseInt("8"));
        int first = results.take().get();
        int second = results.take().get();
        pool.shutdown();
        assert first == 7 && second == 8 : "first " + first + ", second " + second;
    }
}

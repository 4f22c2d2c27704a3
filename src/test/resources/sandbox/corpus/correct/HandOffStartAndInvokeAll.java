// expect: none
// lines:
// about: race-free: what main writes before start() and submit() is seen by the new thread and the tasks; invokeAll returns after every task
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class HandOffStartAndInvokeAll {
    static int base;
    static int[] results = new int[2];

    public static void main(String[] args) throws Exception {
        base = 10;
        Thread t = new Thread(() -> {
            assert base == 10;
        });
        t.start();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<Integer>> tasks = List.of(() -> results[0] = base + 1, () -> results[1] = base + 2);
            pool.invokeAll(tasks);
            assert results[0] + results[1] == 23;
        }
        t.join();
    }
}

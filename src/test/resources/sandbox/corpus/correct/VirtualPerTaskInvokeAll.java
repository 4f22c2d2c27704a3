// expect: none
// lines:
// about: invokeAll on a virtual-thread-per-task executor: every task runs on a virtual thread of its own, results in order
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class VirtualPerTaskInvokeAll {
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        List<Callable<String>> tasks = List.of(
                () -> "a" + Thread.currentThread().isVirtual(),
                () -> "b" + Thread.currentThread().isVirtual());
        StringBuilder out = new StringBuilder();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> f : pool.invokeAll(tasks)) {
                out.append(f.get()).append(' ');
            }
        }
        assert out.toString().equals("atrue btrue ") : "got " + out;
    }
}

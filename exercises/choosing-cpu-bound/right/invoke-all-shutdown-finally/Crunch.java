import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

class Crunch {

    static long sumOf(List<String> inputs, ToLongFunction<String> work) {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Callable<Long>> chunks = new ArrayList<>();
            int size = Math.max(1, (inputs.size() + cores - 1) / cores);
            for (int from = 0; from < inputs.size(); from += size) {
                List<String> chunk = inputs.subList(from, Math.min(inputs.size(), from + size));
                chunks.add(() -> {
                    long s = 0;
                    for (String input : chunk) s += work.applyAsLong(input);
                    return s;
                });
            }
            long sum = 0;
            for (Future<Long> f : pool.invokeAll(chunks)) {
                sum += f.get();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new RuntimeException(e.getCause());
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

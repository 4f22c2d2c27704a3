import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

class Crunch {

    static long sumOf(List<String> inputs, ToLongFunction<String> work) {
        // WRONG: 100 threads for CPU work on a few cores: no faster, just more switching and memory.
        try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
            List<Future<Long>> results = new ArrayList<>();
            for (String input : inputs) {
                results.add(pool.submit(() -> work.applyAsLong(input)));
            }
            long sum = 0;
            for (Future<Long> r : results) {
                sum += r.get();
            }
            return sum;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

class Crunch {

    /** An explicit pool sized to the cores: one task per core, each summing a slice. */
    static long sumOf(List<String> inputs, ToLongFunction<String> work) {
        int cores = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(cores)) {
            List<Future<Long>> parts = new ArrayList<>();
            int slice = (inputs.size() + cores - 1) / cores;
            for (int from = 0; from < inputs.size(); from += slice) {
                List<String> part = inputs.subList(from, Math.min(from + slice, inputs.size()));
                parts.add(pool.submit(() -> part.stream().mapToLong(work).sum()));
            }
            long sum = 0;
            for (Future<Long> p : parts) {
                sum += p.get();
            }
            return sum;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}

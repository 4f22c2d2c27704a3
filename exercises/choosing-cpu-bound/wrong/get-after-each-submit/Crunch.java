import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

class Crunch {

    /**
     * Applies work to every input and returns the sum of the results. work is pure CPU (no waiting), takes
     * about the same time for every input, and is safe to call from several threads at once.
     */
    static long sumOf(List<String> inputs, ToLongFunction<String> work) {
        int cores = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(cores)) {
            long sum = 0;
            int slice = Math.max(1, (inputs.size() + cores - 1) / cores);
            for (int from = 0; from < inputs.size(); from += slice) {
                List<String> part = inputs.subList(from, Math.min(from + slice, inputs.size()));
                sum += pool.submit(() -> part.stream().mapToLong(work).sum()).get();   // one task per core
            }
            return sum;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same with an explicit pool sized to the cores: one task per core, each summing a slice. */
    static long sumOfWithPool(List<String> inputs, ToLongFunction<String> work) throws Exception {
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
        }
    }
}

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

// A plausible wrong solution: execute() each task and return the array at once, before the tasks have run.
class SliceSums {

    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        long[] result = new long[slices];
        for (int i = 0; i < slices; i++) {
            int slice = i;
            int from = i * numbers.length / slices;
            int to = (i + 1) * numbers.length / slices;
            pool.execute(() -> {
                for (int j = from; j < to; j++) {
                    result[slice] += numbers[j];
                }
            });
        }
        return Arrays.stream(result).boxed().toList();
    }

    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        return sums(pool, numbers, slices).stream().mapToLong(Long::longValue).sum();
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

class SliceSums {

    // Splits `numbers` into `slices` consecutive slices: slice i covers the indices from
    // i * numbers.length / slices (inclusive) to (i + 1) * numbers.length / slices (exclusive).
    // Sums each slice in its own task on `pool` and returns the slice sums, in slice order.
    // The pool belongs to the caller: do not shut it down.
    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            int from = i * numbers.length / slices;
            int to = (i + 1) * numbers.length / slices;
            Callable<Long> task = () -> {
                long sum = 0;                    // local to the task: nothing shared, nothing to lock
                for (int j = from; j < to; j++) {
                    sum += numbers[j];
                }
                return sum;
            };
            tasks.add(task);
        }
        List<Long> result = new ArrayList<>();
        for (Callable<Long> task : tasks) {
            result.add(pool.submit(task).get());       // each slice on the pool, its result in order
        }
        return result;
    }

    // The sum of all numbers, computed with sums().
    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        long total = 0;
        for (long s : sums(pool, numbers, slices)) {
            total += s;
        }
        return total;
    }
}

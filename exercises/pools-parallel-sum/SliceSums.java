import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

class SliceSums {

    // Splits `numbers` into `slices` consecutive slices: slice i covers the indices from
    // i * numbers.length / slices (inclusive) to (i + 1) * numbers.length / slices (exclusive).
    // Sums each slice in its own task on `pool` and returns the slice sums, in slice order.
    // The pool belongs to the caller: do not shut it down.
    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("TODO: your code");
    }

    // The sum of all numbers, computed with sums().
    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("TODO: your code");
    }
}

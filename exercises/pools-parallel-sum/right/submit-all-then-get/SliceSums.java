import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class SliceSums {
    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        List<Future<Long>> pending = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            int from = i * numbers.length / slices;
            int to = (i + 1) * numbers.length / slices;
            pending.add(pool.submit(() -> sum(numbers, from, to)));
        }
        List<Long> sums = new ArrayList<>();
        for (Future<Long> f : pending) { // all handed over above; now wait for each, in slice order
            sums.add(f.get());
        }
        return sums;
    }

    private static long sum(int[] numbers, int from, int to) {
        long sum = 0;
        for (int j = from; j < to; j++) {
            sum += numbers[j];
        }
        return sum;
    }

    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        return sums(pool, numbers, slices).stream().mapToLong(Long::longValue).sum();
    }
}

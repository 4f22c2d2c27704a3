import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class SliceSums {

    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            int from = i * numbers.length / slices;
            int to = (i + 1) * numbers.length / slices;
            tasks.add(() -> {
                int sum = 0;
                for (int j = from; j < to; j++) {
                    sum += numbers[j];
                }
                return (long) sum;
            });
        }
        List<Long> result = new ArrayList<>();
        for (Future<Long> f : pool.invokeAll(tasks)) {
            result.add(f.get());
        }
        return result;
    }

    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        long total = 0;
        for (long s : sums(pool, numbers, slices)) {
            total += s;
        }
        return total;
    }
}

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

// A plausible wrong solution: it waits with invokeAll, but each task adds its sum to a shared (synchronized) list
// instead of returning it. Every sum is there — in the order the tasks happened to finish, not in slice order.
class SliceSums {

    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        List<Long> result = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            int from = i * numbers.length / slices;
            int to = (i + 1) * numbers.length / slices;
            tasks.add(() -> {
                long sum = 0;
                for (int j = from; j < to; j++) {
                    sum += numbers[j];
                }
                result.add(sum);
                return null;
            });
        }
        pool.invokeAll(tasks);
        return result;
    }

    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        return sums(pool, numbers, slices).stream().mapToLong(Long::longValue).sum();
    }
}

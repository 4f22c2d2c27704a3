import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;

class SliceSums {
    private record SliceSum(int slice, long sum) {}

    static List<Long> sums(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        CompletionService<SliceSum> done = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < slices; i++) {
            int slice = i;
            int from = i * numbers.length / slices;
            int to = (i + 1) * numbers.length / slices;
            done.submit(() -> {
                long sum = 0;
                for (int j = from; j < to; j++) sum += numbers[j];
                return new SliceSum(slice, sum);
            });
        }
        Long[] sums = new Long[slices];
        for (int received = 0; received < slices; received++) {   // in the order they finish ...
            SliceSum s = done.take().get();
            sums[s.slice()] = s.sum();                             // ... each put back in its slice's place
        }
        return Arrays.asList(sums);
    }

    static long total(ExecutorService pool, int[] numbers, int slices)
            throws InterruptedException, ExecutionException {
        long total = 0;
        for (long s : sums(pool, numbers, slices)) total += s;
        return total;
    }
}

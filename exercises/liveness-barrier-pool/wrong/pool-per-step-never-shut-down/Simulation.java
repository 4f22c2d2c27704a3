import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;

class Simulation implements AutoCloseable {

    // One step of the simulation on `workers` workers: each computes its part, waits until every part is computed,
    // then returns the step's total (the sum of all parts). Returns each worker's total, worker 0 first.
    List<Integer> step(int workers, IntUnaryOperator part) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);   // WRONG: a thread per worker, never shut down
        CyclicBarrier allComputed = new CyclicBarrier(workers);
        int[] parts = new int[workers];
        List<Future<Integer>> totals = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            totals.add(pool.submit(() -> {
                parts[me] = part.applyAsInt(me);
                allComputed.await();                 // every part is in after this
                return Arrays.stream(parts).sum();
            }));
        }
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> total : totals) seen.add(total.get());
        return seen;
    }

    @Override
    public void close() {
    }
}

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntUnaryOperator;

class Simulation implements AutoCloseable {

    // One step of the simulation on `workers` workers: each computes its part, waits until every part is computed,
    // then returns the step's total (the sum of all parts). Returns each worker's total, worker 0 first.
    List<Integer> step(int workers, IntUnaryOperator part) throws Exception {
        CyclicBarrier allComputed = new CyclicBarrier(workers);
        int[] parts = new int[workers];
        int[] seen = new int[workers];
        List<Thread> team = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            team.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                parts[me] = part.applyAsInt(me);
                try {
                    allComputed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (BrokenBarrierException e) {
                    return;
                }
                seen[me] = Arrays.stream(parts).sum();
            }));
        }
        for (Thread t : team) t.join();
        return Arrays.stream(seen).boxed().toList();
    }

    @Override
    public void close() {
    }
}

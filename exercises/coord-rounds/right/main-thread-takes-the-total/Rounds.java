import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.IntBinaryOperator;

class Rounds {
    private final int workers;
    private final int rounds;
    Rounds(int workers, int rounds) { this.workers = workers; this.rounds = rounds; }

    List<Integer> run(IntBinaryOperator score) throws InterruptedException {
        int[] scores = new int[workers];
        List<Integer> totals = new ArrayList<>();
        CyclicBarrier step = new CyclicBarrier(workers + 1);   // the workers and main
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        scores[me] = score.applyAsInt(r, me);
                        step.await();                          // my score is in
                        step.await();                          // main has taken the total
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        try {
            for (int r = 0; r < rounds; r++) {
                step.await();
                totals.add(Arrays.stream(scores).sum());
                step.await();
            }
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        for (Thread t : threads) t.join();
        return totals;
    }
}

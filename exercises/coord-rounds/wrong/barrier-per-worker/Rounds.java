import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntBinaryOperator;

class Rounds {

    private final int workers;
    private final int rounds;

    Rounds(int workers, int rounds) {
        this.workers = workers;
        this.rounds = rounds;
    }

    // Runs the rounds on `workers` threads and returns each round's total, round 0 first. In round r, worker w
    // computes score.applyAsInt(r, w); the round's total is the sum of the scores of that round's workers.
    List<Integer> run(IntBinaryOperator score) throws InterruptedException {
        int[] scores = new int[workers];
        List<Integer> totals = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                // each worker waits at its own barrier, which runs the action when the round is over
                CyclicBarrier roundDone = new CyclicBarrier(workers, () -> totals.add(Arrays.stream(scores).sum()));
                try {
                    for (int r = 0; r < rounds; r++) {
                        scores[me] = score.applyAsInt(r, me);
                        roundDone.await();              // a barrier opens again for every round; a latch only once
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (BrokenBarrierException e) {
                    // another worker was interrupted: this round will never complete, stop too
                }
            }));
        }
        for (Thread t : threads) t.join();
        return totals;
    }
}

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
        CountDownLatch[] roundDone = new CountDownLatch[rounds];   // a fresh latch for every round
        for (int r = 0; r < rounds; r++) roundDone[r] = new CountDownLatch(workers);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                for (int r = 0; r < rounds; r++) {
                    scores[me] = score.applyAsInt(r, me);
                    roundDone[r].countDown();
                    try {
                        roundDone[r].await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (me == 0) {
                        totals.add(Arrays.stream(scores).sum());   // worker 0 records the round
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        return totals;
    }
}

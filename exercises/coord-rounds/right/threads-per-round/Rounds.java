import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;

class Rounds {

    private final int workers;
    private final int rounds;

    Rounds(int workers, int rounds) {
        this.workers = workers;
        this.rounds = rounds;
    }

    List<Integer> run(IntBinaryOperator score) throws InterruptedException {
        int[] scores = new int[workers];
        List<Integer> totals = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int round = r;
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int me = w;
                threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                    scores[me] = score.applyAsInt(round, me);
                }));
            }
            for (Thread t : threads) t.join();            // join: every score of this round is visible here
            totals.add(Arrays.stream(scores).sum());
        }
        return totals;
    }
}

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Phaser;
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
        Phaser roundDone = new Phaser(workers) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                totals.add(Arrays.stream(scores).sum());   // once per phase, before anyone advances
                return false;                              // keep the phaser alive for the next round
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int me = w;
            threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                for (int r = 0; r < rounds; r++) {
                    scores[me] = score.applyAsInt(r, me);
                    roundDone.arriveAndAwaitAdvance();
                }
            }));
        }
        for (Thread t : threads) t.join();
        return totals;
    }
}

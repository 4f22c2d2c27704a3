import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

class Rounds {

    private final int workers;
    private final int rounds;

    Rounds(int workers, int rounds) {
        this.workers = workers;
        this.rounds = rounds;
    }

    // No threads, no barrier, no race: the calling thread plays every worker's turn itself.
    List<Integer> run(IntBinaryOperator score) throws InterruptedException {
        List<Integer> totals = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int total = 0;
            for (int w = 0; w < workers; w++) {
                total += score.applyAsInt(r, w);
            }
            totals.add(total);
        }
        return totals;
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Consumer;
import java.util.function.Supplier;

// One trial of a concurrency test: two actors that run at the same time on a fresh state, and the outcome they
// left behind, read once both have ended.
interface Trial {
    void actor1();
    void actor2();
    String outcome();
}

class OutcomeTable {

    // Runs `trials` trials, each on a fresh Trial from newTrial: actor1 and actor2 on two threads at the same time,
    // with nothing of the harness between them, then outcome() on the calling thread. Returns how many trials ended
    // in each outcome, sorted by outcome.
    static SortedMap<String, Integer> run(int trials, Supplier<Trial> newTrial) throws InterruptedException {
        List<Trial> states = new ArrayList<>();
        for (int i = 0; i < trials; i++) states.add(newTrial.get());
        CyclicBarrier nextTrial = new CyclicBarrier(2);          // the two threads meet before every trial
        Thread one = Thread.ofPlatform().start(() -> play(states, nextTrial, Trial::actor1));
        Thread two = Thread.ofPlatform().start(() -> play(states, nextTrial, Trial::actor2));
        one.join();
        two.join();                                              // every actor of every trial happened before this
        SortedMap<String, Integer> table = new TreeMap<>();
        for (Trial trial : states) table.merge(trial.outcome(), 1, Integer::sum);
        return table;
    }

    // Two threads for all the trials, as jcstress does: starting threads costs more than most actors take.
    private static void play(List<Trial> states, CyclicBarrier nextTrial, Consumer<Trial> actor) {
        try {
            for (Trial trial : states) {
                nextTrial.await();
                actor.accept(trial);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            // the other thread was interrupted: no more trials can start together
        }
    }
}

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
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
        SortedMap<String, Integer> table = new TreeMap<>();     // only the calling thread touches it
        for (int i = 0; i < trials; i++) {
            Trial trial = newTrial.get();
            CyclicBarrier startLine = new CyclicBarrier(2);     // both threads running before either actor starts
            Object lock = new Object();                         // and one at a time inside the trial
            Thread one = Thread.ofPlatform().start(() -> { meet(startLine); synchronized (lock) { trial.actor1(); } });
            Thread two = Thread.ofPlatform().start(() -> { meet(startLine); synchronized (lock) { trial.actor2(); } });
            one.join();
            two.join();                                         // orders both actors' writes before outcome()
            table.merge(trial.outcome(), 1, Integer::sum);
        }
        return table;
    }

    private static void meet(CyclicBarrier startLine) {
        try {
            startLine.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            // the other actor's thread was interrupted: run this actor anyway, the trial is still counted
        }
    }
}

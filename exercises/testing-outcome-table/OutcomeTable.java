import java.util.SortedMap;
import java.util.TreeMap;
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
        SortedMap<String, Integer> table = new TreeMap<>();
        Object lock = new Object();
        for (int i = 0; i < trials; i++) {
            Trial trial = newTrial.get();
            // the lock keeps the two threads from stepping on each other while they work on the trial
            Thread one = Thread.ofPlatform().start(() -> { synchronized (lock) { trial.actor1(); } });
            Thread two = Thread.ofPlatform().start(() -> { synchronized (lock) { trial.actor2(); } });
            one.join();
            two.join();
            table.merge(trial.outcome(), 1, Integer::sum);
        }
        return table;
    }
}

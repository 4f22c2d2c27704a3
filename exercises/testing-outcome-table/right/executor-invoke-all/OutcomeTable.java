import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        try (ExecutorService actors = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < trials; i++) {
                Trial trial = newTrial.get();
                List<Callable<Void>> both = List.of(
                        () -> { trial.actor1(); return null; },
                        () -> { trial.actor2(); return null; });
                for (Future<Void> done : actors.invokeAll(both)) {
                    done.get();                          // a completed future's get orders its task before us
                }
                table.merge(trial.outcome(), 1, Integer::sum);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an actor threw", e.getCause());
        }
        return table;
    }
}

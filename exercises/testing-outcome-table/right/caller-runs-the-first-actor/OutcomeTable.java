import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

interface Trial {
    void actor1();
    void actor2();
    String outcome();
}

class OutcomeTable {

    static SortedMap<String, Integer> run(int trials, Supplier<Trial> newTrial) throws InterruptedException {
        SortedMap<String, Integer> table = new TreeMap<>();
        for (int i = 0; i < trials; i++) {
            Trial trial = newTrial.get();
            Thread two = Thread.ofPlatform().start(trial::actor2);
            trial.actor1();                           // the calling thread is the first actor's thread
            two.join();
            table.merge(trial.outcome(), 1, Integer::sum);
        }
        return table;
    }
}

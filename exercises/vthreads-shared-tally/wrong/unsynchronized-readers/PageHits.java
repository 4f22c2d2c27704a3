import java.util.HashMap;
import java.util.Map;

class PageHits {

    private final Map<String, Integer> counts = new HashMap<>();
    private int total;

    synchronized void hit(String page) {         // the writer takes the lock: no hit is lost
        counts.merge(page, 1, Integer::sum);
        total++;
    }

    int hits(String page) {                      // readers only read: "no lock needed"
        return counts.getOrDefault(page, 0);
    }

    int total() {
        return total;
    }
}

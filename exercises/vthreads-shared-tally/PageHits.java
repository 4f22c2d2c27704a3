import java.util.HashMap;
import java.util.Map;

class PageHits {

    private final Map<String, Integer> counts = new HashMap<>();
    private int total;

    void hit(String page) {
        Integer old = counts.get(page);
        counts.put(page, old == null ? 1 : old + 1);
        total++;
    }

    int hits(String page) {
        return counts.getOrDefault(page, 0);
    }

    int total() {
        return total;
    }
}

// expect: assertion
// lines: 12, 13
// about: two runAsync stages add to one ArrayList; ArrayList.add is not thread-safe (size++ race), so an element can be lost
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class CompletableFutureListRace {
    static final List<Integer> results = new ArrayList<>();

    public static void main(String[] args) {
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> results.add(1));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> results.add(2));
        CompletableFuture.allOf(a, b).join();
        assert results.size() == 2 : "lost an element: " + results;
    }
}

// expect: data-race
// lines: 12, 13
// about: two runAsync stages add to one ArrayList with nothing ordering them; each add is one step here, so no element is lost in the sandbox, but ArrayList.add is not thread-safe: a data race
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

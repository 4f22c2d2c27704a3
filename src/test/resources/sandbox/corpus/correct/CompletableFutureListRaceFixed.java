// expect: none
// lines:
// about: the stages return their values instead of sharing a list; after allOf(...).join() main collects them single-threaded
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class CompletableFutureListRaceFixed {
    public static void main(String[] args) {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 1);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 2);
        CompletableFuture.allOf(a, b).join();
        List<Integer> results = new ArrayList<>();
        results.add(a.join());
        results.add(b.join());
        assert results.size() == 2 : "lost an element: " + results;
    }
}

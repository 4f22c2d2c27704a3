// expect: none
// lines:
// about: the async stages share nothing: each returns its value and thenCombineAsync adds the two results once both are there
import java.util.concurrent.CompletableFuture;

public class AsyncStagesLostUpdateFixed {
    public static void main(String[] args) {
        CompletableFuture<Integer> start = CompletableFuture.supplyAsync(() -> 1);
        CompletableFuture<Integer> a = start.thenApplyAsync(x -> x);
        CompletableFuture<Integer> b = start.thenApplyAsync(x -> x);
        CompletableFuture<Integer> sum = a.thenCombineAsync(b, Integer::sum)
                .whenCompleteAsync((v, e) -> { assert e == null; })
                .handleAsync((v, e) -> e == null ? v : -1);
        int count = sum.join();
        assert count == 2 : "count " + count;
    }
}

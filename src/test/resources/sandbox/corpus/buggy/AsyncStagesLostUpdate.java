// expect: assertion
// lines: 14, 18
// about: two thenApplyAsync stages (no executor given: the common pool) both run count += x on a plain static field; the read-modify-writes interleave and one addition is lost
import java.util.concurrent.CompletableFuture;

public class AsyncStagesLostUpdate {
    static int count;

    public static void main(String[] args) {
        CompletableFuture<Integer> start = CompletableFuture.supplyAsync(() -> 1);
        CompletableFuture<Integer> a = start.thenApplyAsync(AsyncStagesLostUpdate::add);
        CompletableFuture<Integer> b = start.thenApplyAsync(AsyncStagesLostUpdate::add);
        CompletableFuture.allOf(a, b).join();
        assert count == 2 : "count " + count;
    }

    static int add(int x) {
        count += x;
        return x;
    }
}

// expect: none
// lines:
// about: race-free: supplyAsync stages write their own slots and a thenApply stage reads one; allOf(...).join() orders them all before main's reads
import java.util.concurrent.CompletableFuture;

public class HandOffCompletableFuture {
    public static void main(String[] args) {
        int[] parts = new int[2];
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> {
            parts[0] = 20;
            return 1;
        });
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
            parts[1] = 22;
            return 2;
        }).thenApply(n -> n + parts[1]);
        CompletableFuture.allOf(a, b).join();
        assert parts[0] + parts[1] == 42;
        assert b.join() == 24;
    }
}

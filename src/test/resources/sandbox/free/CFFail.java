// race-free: a free run must not report it (found by review)
import java.util.concurrent.*;
public class CFFail {
    static int progress;
    public static void main(String[] args) {
        CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> { progress = 5; if (progress > 0) throw new IllegalStateException("boom"); return 1; });
        try { f.join(); } catch (CompletionException e) { System.out.println("failed at " + progress); }
    }
}

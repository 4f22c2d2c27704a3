// race-free: a free run must not report it (found by review)
import java.util.concurrent.*;
public class FutureFail {
    static int progress;
    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(2);
        Future<Integer> f = ex.submit(() -> { progress = 5; if (progress > 0) throw new IllegalStateException("boom"); return 1; });
        try { f.get(); } catch (ExecutionException e) { System.out.println("failed at " + progress); }
        ex.shutdown();
    }
}

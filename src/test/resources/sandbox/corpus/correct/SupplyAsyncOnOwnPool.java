// expect: none
// lines:
// about: supplyAsync on a given pool, then thenApply and join: the plain write of the supplier is seen by the stage and by main
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class SupplyAsyncOnOwnPool {
    static int loaded;

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> {
                loaded = 20;
                return 1;
            }, pool).thenApplyAsync(one -> one + loaded, pool);
            int v = f.join();
            assert v == 21 : "v = " + v;
            assert loaded == 20 : "loaded = " + loaded;
        } finally {
            pool.shutdown();
        }
    }
}

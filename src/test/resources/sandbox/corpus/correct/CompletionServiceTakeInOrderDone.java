// expect: none
// lines:
// about: ExecutorCompletionService: take() three times gets every result, in the order the tasks end, each write seen
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CompletionServiceTakeInOrderDone {
    static int[] written = new int[3];

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < 3; i++) {
            int slot = i;
            done.submit(() -> {
                written[slot] = slot + 10;
                return slot;
            });
        }
        int seen = 0;
        for (int i = 0; i < 3; i++) {
            int slot = done.take().get();
            assert written[slot] == slot + 10 : "slot " + slot + " not seen";
            seen |= 1 << slot;
        }
        pool.shutdown();
        assert seen == 7 : "seen = " + seen;
    }
}

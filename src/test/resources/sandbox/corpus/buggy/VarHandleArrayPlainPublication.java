// expect: data-race
// lines: 18, 25
// about: the worker fills a result object and publishes it into an array slot with a plain VarHandle set; main's getAcquire reads the slot, but a plain write releases nothing, so the fields read through it race with their writes
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleArrayPlainPublication {
    static final class Result {
        int value;
    }

    static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Result[].class);

    public static void main(String[] args) throws InterruptedException {
        Result[] slots = new Result[1];
        Thread worker = Thread.ofPlatform().start(() -> {
            Result r = new Result();
            r.value = 42;
            SLOT.set(slots, 0, r);
        });
        Result r;
        while ((r = (Result) SLOT.getAcquire(slots, 0)) == null) {
            Thread.onSpinWait();
        }
        int seen = r.value;
        worker.join();
        assert seen == 42 : "saw " + seen;
    }
}

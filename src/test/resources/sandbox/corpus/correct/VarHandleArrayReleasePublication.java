// expect: none
// lines:
// about: each worker fills its own result object and publishes it into its slot of an array with setRelease; main spins on getAcquire of each slot, so it sees each object whole (the release-acquire pair orders the fields written before)
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleArrayReleasePublication {
    static final class Result {
        int value;
        String by;
    }

    static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Result[].class);

    public static void main(String[] args) {
        Result[] slots = new Result[2];
        for (int i = 0; i < slots.length; i++) {
            int slot = i;
            Thread.ofPlatform().start(() -> {
                Result r = new Result();
                r.value = slot * 10;
                r.by = "worker " + slot;
                SLOT.setRelease(slots, slot, r);
            });
        }
        int sum = 0;
        for (int i = 0; i < slots.length; i++) {
            Result r;
            while ((r = (Result) SLOT.getAcquire(slots, i)) == null) {
                Thread.onSpinWait();
            }
            assert r.by.equals("worker " + i) : "slot " + i + " by " + r.by;
            sum += r.value;
        }
        assert sum == 10 : "sum " + sum;
    }
}

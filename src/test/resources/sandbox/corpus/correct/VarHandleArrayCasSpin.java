// expect: none
// lines:
// about: a spin lock per array slot, taken by compareAndSet on the slot through an array-element VarHandle and given back with setRelease; the count++ under each slot's lock is never lost and the spins are no hang
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleArrayCasSpin {
    static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);
    static final int[] locks = new int[2];
    static final int[] counts = new int[2];

    static void bump(int slot) {
        while (!SLOT.compareAndSet(locks, slot, 0, 1)) {
            // spin: only the compareAndSet in the loop
        }
        try {
            counts[slot]++;
        } finally {
            SLOT.setRelease(locks, slot, 0);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> { bump(0); bump(1); });
        Thread b = new Thread(() -> { bump(1); bump(0); });
        a.start();
        b.start();
        a.join();
        b.join();
        assert counts[0] == 2 && counts[1] == 2 : counts[0] + " " + counts[1];
    }
}

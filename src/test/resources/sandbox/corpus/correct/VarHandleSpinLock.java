// expect: none
// lines:
// about: a spin lock on a VarHandle: compareAndSet takes it (a volatile read and write), setRelease gives it back, so the plain count++ inside is ordered and never lost; the spin must not look like a hang
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleSpinLock {
    static boolean locked;
    static int count;
    static final VarHandle LOCKED;

    static {
        try {
            LOCKED = MethodHandles.lookup().findStaticVarHandle(VarHandleSpinLock.class, "locked", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static void increment() {
        while (!LOCKED.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            count++;
        } finally {
            LOCKED.setRelease(false);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> { increment(); increment(); });
        Thread b = new Thread(() -> { increment(); increment(); });
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 4 : "lost update: count = " + count;
    }
}

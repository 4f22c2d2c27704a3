// expect: data-race
// lines: 25, 27
// about: the spin lock is given back with a plain set: the next compareAndSet still excludes, but nothing orders one holder's count++ before the next one's (a plain write releases nothing)
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleSpinLockPlainUnlock {
    static boolean locked;
    static int count;
    static final VarHandle LOCKED;

    static {
        try {
            LOCKED = MethodHandles.lookup().findStaticVarHandle(VarHandleSpinLockPlainUnlock.class, "locked", boolean.class);
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
            LOCKED.set(false);
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

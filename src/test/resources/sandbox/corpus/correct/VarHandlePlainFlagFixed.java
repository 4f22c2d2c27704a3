// expect: none
// lines:
// about: setRelease on the flag and getAcquire in the spin: the read that sees true happens after everything written before the release, so data is ordered
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandlePlainFlagFixed {
    static final class Box {
        int data;
        boolean ready;
    }

    static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findVarHandle(Box.class, "ready", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Box box = new Box();
        Thread writer = new Thread(() -> {
            box.data = 42;
            READY.setRelease(box, true);
        });
        writer.start();
        while (!(boolean) READY.getAcquire(box)) {
            Thread.onSpinWait();
        }
        int seen = box.data;
        writer.join();
        assert seen == 42 : "saw " + seen;
    }
}

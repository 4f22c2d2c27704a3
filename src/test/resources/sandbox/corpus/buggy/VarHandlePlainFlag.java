// expect: data-race
// lines: 27, 30
// about: the writer fills data, then raises a flag through a VarHandle in plain mode; plain set/get order nothing (no more than a plain field), so the reader's read of data races with the write
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandlePlainFlag {
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
            READY.set(box, true);
        });
        writer.start();
        while (!(boolean) READY.get(box)) {
            Thread.onSpinWait();
        }
        int seen = box.data;
        writer.join();
        assert seen == 42 : "saw " + seen;
    }
}

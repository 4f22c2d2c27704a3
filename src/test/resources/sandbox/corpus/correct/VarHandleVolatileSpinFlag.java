// expect: none
// lines:
// about: the worker spins on getVolatile until main raises the flag with setVolatile, then reads what main wrote before it: the volatile pair orders the data, and the spin ends once the flag is up (it must not look like a hang)
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleVolatileSpinFlag {
    static final class Mailbox {
        String message;
        boolean posted;
    }

    static final VarHandle POSTED;

    static {
        try {
            POSTED = MethodHandles.lookup().findVarHandle(Mailbox.class, "posted", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Mailbox box = new Mailbox();
        String[] read = new String[1];
        Thread worker = new Thread(() -> {
            while (!(boolean) POSTED.getVolatile(box)) {
                // spin: no onSpinWait, no yield, only the volatile read
            }
            read[0] = box.message;
        });
        worker.start();
        box.message = "hello";
        POSTED.setVolatile(box, true);
        worker.join();
        assert "hello".equals(read[0]) : "read " + read[0];
    }
}

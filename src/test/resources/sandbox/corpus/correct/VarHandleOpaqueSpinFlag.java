// expect: none
// lines:
// about: a stop flag read with getOpaque and raised with setOpaque: opaque accesses order nothing but are atomic and seen eventually, which is all a stop flag needs (nothing else is read through it); the spin ends once the flag is up
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

public class VarHandleOpaqueSpinFlag {
    static final class Worker implements Runnable {
        boolean stop;
        final AtomicInteger rounds = new AtomicInteger();

        @Override
        public void run() {
            while (!(boolean) STOP.getOpaque(this)) {
                rounds.incrementAndGet();
            }
        }
    }

    static final VarHandle STOP;

    static {
        try {
            STOP = MethodHandles.lookup().findVarHandle(Worker.class, "stop", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker w = new Worker();
        Thread t = new Thread(w);
        t.start();
        STOP.setOpaque(w, true);
        t.join();
        assert w.rounds.get() >= 0;
    }
}

// expect: assertion
// lines: 12, 13
// about: a hit counter bumped through a VarHandle with a plain get and a plain set: two steps that order nothing, so one thread's bump can land between the other's read and write and is lost (getAndAdd is one step)
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandlePlainCounter {
    static final class Hits {
        int count;

        void hit() {
            int seen = (int) COUNT.get(this);
            COUNT.set(this, seen + 1);
        }
    }

    static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(Hits.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Hits hits = new Hits();
        Thread a = new Thread(hits::hit);
        Thread b = new Thread(hits::hit);
        a.start();
        b.start();
        a.join();
        b.join();
        assert hits.count == 2 : "two hits, counted " + hits.count;
    }
}

// expect: none
// lines:
// about: the hit counter is bumped with VarHandle.getAndAdd, one atomic step; the joins order both bumps before main's plain read
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandlePlainCounterFixed {
    static final class Hits {
        int count;

        void hit() {
            COUNT.getAndAdd(this, 1);
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

// expect: data-race
// lines: 12, 30
// about: one thread bumps a count with a plain VarHandle get and set while main reads it with a plain get before the join: plain VarHandle accesses order nothing, as plain field accesses do not, so the read races with the write (with one writer no value is wrong: the race is the bug)
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandlePlainCounterRace {
    static final class Hits {
        int count;

        void hit() {
            COUNT.set(this, (int) COUNT.get(this) + 1);
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
        Thread counter = new Thread(hits::hit);
        counter.start();
        int seen = (int) COUNT.get(hits);
        counter.join();
        assert seen == 0 || seen == 1 : "saw " + seen;
    }
}

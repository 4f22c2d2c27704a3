import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

class Counter {

    private static final VarHandle COUNT;
    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(Counter.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int count;

    void increment() {
        COUNT.getAndAdd(this, 1);
    }

    void add(int delta) {
        COUNT.getAndAdd(this, delta);
    }

    int get() {
        return count;
    }
}

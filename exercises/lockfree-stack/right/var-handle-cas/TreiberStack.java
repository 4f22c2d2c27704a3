import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private volatile Node<T> top;

    private static final VarHandle TOP;
    static {
        try {
            TOP = MethodHandles.lookup().findVarHandle(TreiberStack.class, "top", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    void push(T item) {
        for (;;) {
            Node<T> seen = top;
            if (TOP.compareAndSet(this, seen, new Node<>(item, seen))) return;
        }
    }

    T pop() {
        for (;;) {
            Node<T> seen = top;
            if (seen == null) return null;
            if (TOP.compareAndSet(this, seen, seen.next())) return seen.item();
        }
    }
}

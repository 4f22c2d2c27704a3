import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    private final AtomicBoolean busy = new AtomicBoolean();

    void push(T item) {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        top.set(new Node<>(item, top.get()));
        busy.set(false);
    }

    T pop() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        Node<T> old = top.get();
        if (old != null) top.set(old.next());
        busy.set(false);
        return old == null ? null : old.item();
    }
}

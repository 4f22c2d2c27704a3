import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    void push(T item) {
        while (true) {
            Node<T> old = top.get();
            if (top.compareAndSet(old, new Node<>(item, old))) {
                return;
            }
        }
    }

    T pop() {
        Node<T> old = top.get();
        if (old == null) {
            return null;
        }
        if (top.compareAndSet(old, old.next())) {
            return old.item();
        }
        return null;                 // somebody else popped it first
    }
}

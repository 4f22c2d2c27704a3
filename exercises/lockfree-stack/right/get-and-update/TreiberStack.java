import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    // updateAndGet/getAndUpdate run the CAS loop for us; the functions have no side effects, so a retry is harmless.
    void push(T item) {
        top.updateAndGet(old -> new Node<>(item, old));
    }

    T pop() {
        Node<T> old = top.getAndUpdate(node -> node == null ? null : node.next());
        return old == null ? null : old.item();
    }
}

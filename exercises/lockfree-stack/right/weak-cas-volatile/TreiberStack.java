import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    void push(T item) {
        Node<T> seen;
        do {
            seen = top.get();
        } while (!top.weakCompareAndSetVolatile(seen, new Node<>(item, seen)));   // may fail spuriously: retried
    }

    T pop() {
        Node<T> seen;
        do {
            seen = top.get();
            if (seen == null) {
                return null;
            }
        } while (!top.weakCompareAndSetVolatile(seen, seen.next()));
        return seen.item();
    }
}

import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    // Pushes the item. Called by many threads at once; never blocks, never takes a lock.
    synchronized void push(T item) {
        top.set(new Node<>(item, top.get()));
    }

    // Removes and returns the top item, or null when the stack is empty. Never blocks, never takes a lock.
    synchronized T pop() {
        Node<T> old = top.get();
        if (old == null) {
            return null;
        }
        top.set(old.next());
        return old.item();
    }
}

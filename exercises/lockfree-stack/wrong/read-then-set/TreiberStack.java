import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    // Pushes the item. Called by many threads at once; never blocks, never takes a lock.
    void push(T item) {
        while (true) {
            Node<T> old = top.get();
            if (top.get() == old) {          // nobody changed it: safe to write
                top.set(new Node<>(item, old));
                return;
            }
        }
    }

    // Removes and returns the top item, or null when the stack is empty. Never blocks, never takes a lock.
    T pop() {
        while (true) {
            Node<T> old = top.get();
            if (old == null) {
                return null;
            }
            if (top.get() == old) {
                top.set(old.next());
                return old.item();
            }
        }
    }
}

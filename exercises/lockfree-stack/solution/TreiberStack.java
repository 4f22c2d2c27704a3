import java.util.concurrent.atomic.AtomicReference;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    // Pushes the item. Called by many threads at once; never blocks, never takes a lock.
    void push(T item) {
        while (true) {
            Node<T> old = top.get();
            Node<T> node = new Node<>(item, old);
            if (top.compareAndSet(old, node)) {
                return;                      // nobody changed top between our read and our write
            }
            // another thread pushed or popped meanwhile: read the new top and try again
        }
    }

    // Removes and returns the top item, or null when the stack is empty. Never blocks, never takes a lock.
    T pop() {
        while (true) {
            Node<T> old = top.get();
            if (old == null) {
                return null;
            }
            if (top.compareAndSet(old, old.next())) {
                return old.item();           // nodes are immutable, so old.next() is still the node below old
            }
        }
    }
}

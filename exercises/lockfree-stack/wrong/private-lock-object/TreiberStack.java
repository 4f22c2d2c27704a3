import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

class TreiberStack<T> {

    private record Node<T>(T item, Node<T> next) { }

    private final AtomicReference<Node<T>> top = new AtomicReference<>();
    private final ReentrantLock guard = new ReentrantLock();

    // Pushes the item. Called by many threads at once; never blocks, never takes a lock.
    void push(T item) {
        guard.lock();
        try {
            top.set(new Node<>(item, top.get()));
        } finally {
            guard.unlock();
        }
    }

    // Removes and returns the top item, or null when the stack is empty. Never blocks, never takes a lock.
    T pop() {
        guard.lock();
        try {
            Node<T> old = top.get();
            if (old == null) {
                return null;
            }
            top.set(old.next());
            return old.item();
        } finally {
            guard.unlock();
        }
    }
}

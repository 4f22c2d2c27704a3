import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

class Journal {

    private final UnaryOperator<String> formatter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<String> lines = new ArrayDeque<>();   // guarded by lock; its size is the last number

    Journal(UnaryOperator<String> formatter) {
        this.formatter = formatter;
    }

    void append(String entry) {
        String formatted = formatter.apply(entry);
        lock.lock();
        try {
            lines.addLast((lines.size() + 1) + ": " + formatted);
        } finally {
            lock.unlock();
        }
    }

    List<String> lines() {
        lock.lock();
        try {
            return List.copyOf(lines);
        } finally {
            lock.unlock();
        }
    }
}

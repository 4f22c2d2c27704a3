import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

class Journal {

    private final UnaryOperator<String> formatter;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger count = new AtomicInteger();

    Journal(UnaryOperator<String> formatter) {
        this.formatter = formatter;
    }

    void append(String entry) {
        String formatted = formatter.apply(entry);
        lines.add(count.incrementAndGet() + ": " + formatted);   // both thread-safe
    }

    List<String> lines() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

class Journal {

    private final UnaryOperator<String> formatter;   // slow: renders an entry, touches nothing shared
    private final List<String> lines = new ArrayList<>();   // guarded by this, as count is
    private int count;

    Journal(UnaryOperator<String> formatter) {
        this.formatter = formatter;
    }

    // Formats the entry and adds it as line "n: formatted", n = 1, 2, 3, … in the order the lines are added.
    void append(String entry) {
        String formatted = formatter.apply(entry);   // the slow part needs no lock: it touches only its own data
        synchronized (this) {                        // the lock covers the shared state, and nothing else
            count++;
            lines.add(count + ": " + formatted);
        }
    }

    // The lines so far, in order: a copy the caller may keep.
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}

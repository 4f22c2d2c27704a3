import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

class Journal {

    private final UnaryOperator<String> formatter;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    Journal(UnaryOperator<String> formatter) {
        this.formatter = formatter;
    }

    void append(String entry) {
        String formatted = formatter.apply(entry);
        synchronized (lines) {
            lines.add((lines.size() + 1) + ": " + formatted);
        }
    }

    List<String> lines() {
        return List.copyOf(lines);              // a snapshot of a copy-on-write list
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

class Journal {

    private final UnaryOperator<String> formatter;
    private final List<String> lines = new ArrayList<>();
    private int count;

    Journal(UnaryOperator<String> formatter) {
        this.formatter = formatter;
    }

    void append(String entry) {
        String formatted = formatter.apply(entry);
        synchronized (lines) {
            count++;
            lines.add(count + ": " + formatted);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}

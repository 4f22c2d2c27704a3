import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

class Journal {

    private final UnaryOperator<String> formatter;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    Journal(UnaryOperator<String> formatter) {
        this.formatter = formatter;
    }

    void append(String entry) {
        String formatted = formatter.apply(entry);
        synchronized (lines) {                   // the wrapper's own mutex: number and add together
            lines.add((lines.size() + 1) + ": " + formatted);
        }
    }

    List<String> lines() {
        return List.copyOf(lines);               // toArray() of a synchronized list takes its mutex
    }
}

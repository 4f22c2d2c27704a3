package dev.threadlings.repl;

import java.io.IOException;
import java.util.function.Consumer;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, which says once, in one line, when its file cannot be written (a read-only state folder, a full
 * disk) and then keeps the session's history in memory. JLine itself would log the failure with a stack trace
 * after every line typed.
 */
final class SavingHistory extends DefaultHistory {
    private final Consumer<String> warn;
    private LineReader reader;
    private boolean failed;

    SavingHistory(Consumer<String> warn) {
        this.warn = warn;
    }

    @Override
    public void attach(LineReader reader) {
        this.reader = reader;
        super.attach(reader);
    }

    @Override
    public void load() throws IOException {
        try {
            super.load();
        } catch (IOException | RuntimeException e) {
            warnOnce("read from", e);
        }
    }

    @Override
    public void save() throws IOException {
        if (failed) {
            return;
        }
        try {
            super.save();
        } catch (IOException | RuntimeException e) {
            warnOnce("saved to", e);
        }
    }

    private void warnOnce(String what, Exception e) {
        if (failed) {
            return;
        }
        failed = true;
        Object file = reader == null ? "its file" : reader.getVariable(LineReader.HISTORY_FILE);
        warn.accept("history cannot be " + what + " " + file + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); this session's history is kept in memory only");
    }
}

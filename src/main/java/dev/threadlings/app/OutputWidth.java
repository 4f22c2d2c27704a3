package dev.threadlings.app;

import dev.threadlings.report.FailureLines;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * How wide the commands' text output may be: the terminal's width when standard output is one (so a failing
 * interleaving fits a 60-column terminal as a list), else {@code $COLUMNS}, else {@link FailureLines#FILE_WIDTH}
 * (a pipe, a file, CI logs).
 */
final class OutputWidth {
    private static final int NARROWEST = 40;

    private OutputWidth() {}

    static int of() {
        java.io.Console console = System.console();
        if (console != null && console.isTerminal()) {
            try (Terminal t = TerminalBuilder.builder().system(true).streams(System.in, System.out).build()) {
                if (t.getWidth() > 0) {
                    return Math.max(NARROWEST, t.getWidth());
                }
            } catch (IOException | RuntimeException e) {
                // no size to be had: fall through
            }
        }
        try {
            return Math.max(NARROWEST, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "")));
        } catch (NumberFormatException e) {
            return FailureLines.FILE_WIDTH;
        }
    }
}

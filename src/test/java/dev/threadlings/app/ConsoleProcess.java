package dev.threadlings.app;

import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The console in a VM of its own, on a dumb terminal over standard input and output, answering signals as the
 * real console does: for tests that signal it (a signal to the test VM would end the test run).
 */
public final class ConsoleProcess {
    private ConsoleProcess() {}

    public static void main(String[] args) throws Exception {
        RootCommand options = new RootCommand();
        new CommandLine(options).parseArgs(args);
        // the "exec" provider: a line discipline in Java, as ConsoleDriver uses
        Terminal terminal = TerminalBuilder.builder().system(false).provider("exec").streams(System.in, System.out)
                .type(Terminal.TYPE_DUMB).encoding(StandardCharsets.UTF_8).size(new Size(200, 40)).build();
        System.exit(ConsoleApp.run(options, terminal, false, true));
    }
}

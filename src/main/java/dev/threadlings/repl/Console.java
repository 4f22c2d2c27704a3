package dev.threadlings.repl;

import dev.threadlings.eval.Outcome;
import dev.threadlings.eval.OutcomeText;
import dev.threadlings.eval.ShellSupervisor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The read–evaluate–print loop: commands start with a slash, everything else is Java for JShell. */
public final class Console {
    private final Session session;
    private final LineReader reader;
    private final ConsoleOutput output;

    /**
     * @param output  where the learner VM's output was routed when the shell was built
     * @param history the history file, or null for none
     */
    public Console(Session session, ConsoleOutput output, Path history) {
        this.session = session;
        this.output = output;
        Terminal terminal = session.screen().terminal();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("threadlings")
                .parser(new JavaInputParser(session.shell()))
                .completer(new ConsoleCompleter(session))
                .highlighter(new InputHighlighter(session.screen().color()))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P ...> ")
                .variable(LineReader.INDENTATION, 4)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history)
                    .history(new SavingHistory(warning -> session.screen().println(warning, Screen.WARN)));
        }
        this.reader = builder.build();
        output.attach(reader, session::messages);
        session.evaluator(this::evaluate);
        session.asker(this::ask);
        reader.getWidgets().put("complete-or-doc", new DocumentationWidget(reader, session));
        reader.getWidgets().put(LineReader.SELF_INSERT,
                new PasteWidget((LineReaderImpl) reader, reader.getWidgets().get(LineReader.SELF_INSERT)));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("complete-or-doc"), KeyMap.ctrl('I'));
        TerminalReplyWidget.install((LineReaderImpl) reader);
    }

    /** Reads and handles input until /exit or end of input. */
    public void run() {
        while (!session.exitRequested()) {
            String line;
            output.atPrompt(true);
            try {
                line = reader.readLine(prompt());
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt clears the line, as in a shell
            } catch (EndOfFileException e) {
                break;
            } finally {
                output.atPrompt(false);
            }
            handle(line);
        }
    }

    /** A yes/no question on its own prompt, kept out of the history; Ctrl-C or end of input is no. */
    private boolean ask(String question) {
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = reader.readLine(question + " [y/N] ").strip().toLowerCase(java.util.Locale.ROOT);
            return answer.equals("y") || answer.equals("yes");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
        }
    }

    private String prompt() {
        String label = session.promptLabel() + "> ";
        if (!session.screen().color()) {
            return label;
        }
        return new AttributedStringBuilder().style(AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA).bold())
                .append(label).toAttributedString().toAnsi(session.screen().terminal());
    }

    /** Handles one line of input: a command or Java. */
    public void handle(String line) {
        String input = line.strip();
        if (input.isEmpty()) {
            return;
        }
        if (Input.isCommand(input)) {
            runCommand(input.substring(1));
        } else {
            evaluate(line);
        }
    }

    private void runCommand(String text) {
        int space = text.indexOf(' ');
        String name = space < 0 ? text : text.substring(0, space);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        Optional<Command> command = Commands.find(name);
        if (command.isEmpty()) {
            session.screen().println(Commands.unknown(name, session.messages()), Screen.WARN);
            return;
        }
        try {
            command.get().run(session, args);
        } catch (Exception e) {
            session.screen().println(session.text("command.failed", command.get().name(), e), Screen.ERROR);
        }
    }

    private List<Outcome> evaluate(String input) {
        Screen screen = session.screen();
        ShellSupervisor shell = session.shell();
        if (!shell.ready()) {
            screen.println(session.text("console.starting"), Screen.DIM);
        }
        Terminal terminal = screen.terminal();
        // the first Ctrl-C stops the snippet and starts the 2 s until the kill; more presses change nothing (a
        // burst of them used to send overlapping stops, whose JDI calls broke the VM's stream mid-result)
        AtomicBoolean stopping = new AtomicBoolean();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            if (stopping.compareAndSet(false, true)) {
                screen.println(session.text("console.stopping"), Screen.DIM);
                shell.interrupt();
            }
        });
        try {
            // each snippet's echo as it ends: printed after all of them, `box ==> int[1] { 0 }` came after the
            // output of a later snippet that had changed box
            ShellSupervisor.Evaluation ev = shell.eval(input, o -> {
                output.drain(); // what the snippet printed comes before its echo
                screen.print(OutcomeText.jshellStyle(session.messages()).describe(o));
            });
            if (ev.killed()) {
                screen.println(session.text("console.killed"), Screen.WARN);
            } else if (ev.restarted()) {
                screen.println(session.text("console.vm-ended"), Screen.WARN);
            }
            return ev.outcomes();
        } catch (IllegalStateException e) {
            screen.println(e.getMessage(), Screen.ERROR);
            return List.of();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    public LineReader reader() {
        return reader;
    }
}

package dev.threadlings.app;

import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.course.Course;
import dev.threadlings.eval.ShellOptions;
import dev.threadlings.eval.ShellSupervisor;
import dev.threadlings.progress.LoadResult;
import dev.threadlings.progress.ProgressStore;
import dev.threadlings.progress.WorkFiles;
import dev.threadlings.repl.Console;
import dev.threadlings.repl.ConsoleOutput;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Wires the console: terminal, JShell (started in the background), course, progress. */
final class ConsoleApp {
    private ConsoleApp() {}

    static int run(RootCommand options) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().name("threadlings").system(true).nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        } catch (IOException e) {
            System.err.println("threadlings: cannot open the terminal: " + e.getMessage());
            return 2;
        }
        try (terminal) {
            return run(options, terminal, true);
        } catch (IOException e) {
            System.err.println("threadlings: " + e.getMessage());
            return 2;
        }
    }

    /** Runs the console on {@code terminal}; tests pass a dumb terminal over pipes. */
    static int run(RootCommand options, Terminal terminal, boolean interactive) {
        ConsoleOutput output = new ConsoleOutput(terminal);
        // start the learner VM first: it boots while the course loads and the prompt appears
        try (ShellSupervisor shell = new ShellSupervisor(new ShellOptions(output, output,
                InputStream.nullInputStream(), List.of()));
             ExerciseChecker checker = new ExerciseChecker()) {
            var opened = CourseOpening.open(options.course, new java.io.PrintStream(
                    new TerminalStream(terminal), true, java.nio.charset.StandardCharsets.UTF_8));
            if (opened.isEmpty()) {
                return 2;
            }
            Course course = opened.get();
            boolean color = !options.noColor && System.getenv("NO_COLOR") == null
                    && !Terminal.TYPE_DUMB.equals(terminal.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            Screen screen = new Screen(terminal, color, interactive);
            ProgressStore store = new ProgressStore(options.progressFile());
            LoadResult loaded = store.load();
            loaded.warning().ifPresent(w -> screen.println(w, Screen.WARN));
            Session session = new Session(course, store, loaded.progress(),
                    new WorkFiles(Places.workFolder(options.work, course.root())), shell, checker, screen);
            Path history = store.file().resolveSibling("history");
            Console console = new Console(session, output, history);
            Welcome.show(session);
            console.run();
            return 0;
        }
    }
}

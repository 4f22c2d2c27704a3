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
import dev.threadlings.text.Messages;
import java.io.ByteArrayOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Wires the console: terminal, JShell (started in the background), course, progress. */
final class ConsoleApp {
    /**
     * JLine reports through java.util.logging, with stack traces, on the learner's screen; what it reports (a
     * history file it cannot read or write) the console says itself, once, in the course's words. Held here, as a
     * logger whose level is set must be held to keep it.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private ConsoleApp() {}

    static int run(RootCommand options) {
        JLINE_LOG.setLevel(Level.OFF);
        // The course loads on another thread while JLine builds the terminal, which is the longest step before the
        // prompt (FFM linking its native calls, even to find out that stdin is a pipe). Problems are kept and shown
        // once the terminal exists.
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        CompletableFuture<Optional<Course>> course = CompletableFuture.supplyAsync(
                () -> CourseOpening.open(options.course, options.language(),
                        new PrintStream(problems, true, StandardCharsets.UTF_8)),
                r -> Thread.ofPlatform().daemon().name("course-load").start(r));
        Terminal terminal;
        InterruptFloor.install(); // before the terminal: JLine keeps the handler it finds, to put it back
        try {
            TerminalBuilder builder = TerminalBuilder.builder().name("threadlings").system(true).nativeSignals(true)
                    .providers(System.getProperty("org.jline.terminal.providers", "jni,ffm,exec"))
                    .signalHandler(Terminal.SignalHandler.SIG_IGN);
            // JLine 4 keeps a charset per stream, each defaulting to the JVM's, so all four are set
            TerminalEncoding.of(System.getenv()).ifPresent(charset -> builder.encoding(charset)
                    .stdinEncoding(charset).stdoutEncoding(charset).stderrEncoding(charset));
            terminal = builder.build();
        } catch (IOException e) {
            System.err.println(new Messages(options.language().locale()).get("cli.no-terminal", e.getMessage()));
            return 2;
        }
        InterruptFloor.forwardTo(terminal);
        // a thread of the console that dies (JShell's reader of a learner VM's stream that a stop cut in the
        // middle of a message) says so in one line, not with a trace of JShell's insides
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            terminal.writer().println("threadlings: " + thread.getName() + " ended: " + e);
            terminal.writer().flush();
        });
        try (terminal) {
            return run(options, terminal, true, true, course, problems);
        } catch (IOException e) {
            System.err.println("threadlings: " + e.getMessage());
            return 2;
        }
    }

    /** Runs the console on {@code terminal}; tests pass a dumb terminal over pipes. */
    static int run(RootCommand options, Terminal terminal, boolean interactive) {
        return run(options, terminal, interactive, false);
    }

    /** As above; with {@code ownSignals}, in a VM of its own, the console answers signals as it does for learners. */
    static int run(RootCommand options, Terminal terminal, boolean interactive, boolean ownSignals) {
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        return run(options, terminal, interactive, ownSignals, CompletableFuture.completedFuture(CourseOpening.open(options.course,
                options.language(), new PrintStream(problems, true, StandardCharsets.UTF_8))), problems);
    }

    /** @param ownSignals answer ending signals ({@link TerminationSignals}): this VM is the console's own */
    private static int run(RootCommand options, Terminal terminal, boolean interactive, boolean ownSignals,
                           CompletableFuture<Optional<Course>> loading, ByteArrayOutputStream problems) {
        ConsoleOutput output = new ConsoleOutput(terminal);
        if (ownSignals) {
            TerminationSignals.install(line -> {
                byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                output.write(bytes, 0, bytes.length);
            });
        }
        // start the learner VM first: it boots while the console is wired and the prompt appears
        try (ShellSupervisor shell = new ShellSupervisor(new ShellOptions(output, output,
                InputStream.nullInputStream(), List.of()));
             ExerciseChecker checker = new ExerciseChecker()) {
            Optional<Course> opened = loading.join();
            new TerminalStream(terminal).write(problems.toByteArray(), 0, problems.size());
            terminal.flush();
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
                    new WorkFiles(Places.workFolder(options.work, course.root())), shell, checker, screen,
                    options.language());
            Path history = store.file().resolveSibling("history");
            Console console = new Console(session, output, history);
            Welcome.show(session);
            console.run();
            return 0;
        }
    }
}

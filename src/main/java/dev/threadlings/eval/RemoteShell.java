package dev.threadlings.eval;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * One JShell whose snippets run in a learner VM of their own. Evaluation is synchronous; {@link #stop()} and
 * {@link #kill()} may be called from another thread while an evaluation runs.
 */
public final class RemoteShell implements AutoCloseable {
    private final JShell jshell;
    private final Engine engine;
    private final SnippetEvaluator evaluator;
    private volatile boolean stopRequested;

    private RemoteShell(JShell jshell, Engine engine) {
        this.jshell = jshell;
        this.engine = engine;
        this.evaluator = new SnippetEvaluator(jshell);
    }

    /**
     * Starts a VM and a JShell for it, with the default imports in place. Takes about half a second. With
     * {@link ShellOptions#preview()}, both the compiler and the VM get {@code --enable-preview}, as {@code jshell
     * --enable-preview} does.
     */
    public static RemoteShell start(ShellOptions options) {
        List<String> vmOptions = new ArrayList<>(ShellOptions.BASE_VM_OPTIONS);
        vmOptions.add("--class-path");
        vmOptions.add(agentClassPath());
        vmOptions.addAll(options.vmOptions());
        if (options.preview()) {
            vmOptions.add("--enable-preview");
        }
        FastJdiProvider provider = new FastJdiProvider(vmOptions);
        JShell.Builder builder = JShell.builder()
                .out(new PrintStream(options.out(), true, StandardCharsets.UTF_8))
                .err(new PrintStream(options.err(), true, StandardCharsets.UTF_8))
                .in(options.in())
                .executionEngine(provider, Map.of());
        // -g keeps local variable names, so a NullPointerException says `because "client" is null`, not "<local1>"
        if (options.preview()) {
            // preview features exist only for the compiler's own release
            builder.compilerOptions("-g", "--enable-preview", "--release",
                    Integer.toString(Runtime.version().feature()));
        } else {
            builder.compilerOptions("-g");
        }
        JShell jshell = builder.build();
        RemoteShell shell = new RemoteShell(jshell, provider);
        shell.importDefaults();
        return shell;
    }

    /**
     * A shell that compiles but runs nothing: classes and the order of snippet calls are captured in
     * {@code capture}. Fast (no VM) and safe (no learner statement executes).
     */
    public static RemoteShell compileOnly(CapturingControl capture) {
        JShell jshell = JShell.builder()
                .out(new PrintStream(java.io.OutputStream.nullOutputStream()))
                .err(new PrintStream(java.io.OutputStream.nullOutputStream()))
                .in(java.io.InputStream.nullInputStream())
                .executionEngine(capture.provider(), Map.of())
                .compilerOptions("-g") // local variable names: a trace names an object by the variable it was put in
                .build();
        RemoteShell shell = new RemoteShell(jshell, capture);
        shell.importDefaults();
        return shell;
    }

    private void importDefaults() {
        for (SnippetSplitter.Piece p : SnippetSplitter.split(jshell.sourceCodeAnalysis(), DefaultImports.source())) {
            jshell.eval(p.source());
        }
    }

    /**
     * Compiles and runs a throwaway snippet (a class, a lambda, a loop) and forgets it, so that the first real
     * snippet does not pay for the compiler's warm-up. The class is local to a block: a dropped top-level class
     * snippet makes JShell's {@code SourceCodeAnalysis.documentation} find nothing for ever after (JDK 25), which
     * left TAB TAB without docs.
     */
    public void warmUp() {
        String warm = "{ class Warm { int n; synchronized void inc() { n++; } } "
                + "for (int i = 0; i < 2; i++) { Runnable r = () -> new Warm().inc(); r.run(); } }";
        Runnable run = () -> jshell.eval(warm).forEach(e -> jshell.drop(e.snippet()));
        if (engine instanceof FastJdiProvider p && p.control() != null) {
            p.control().warmUp(run);
        } else {
            run.run();
        }
    }

    /**
     * A thread of the learner VM that died of an exception nothing caught.
     *
     * @param interrupted the exception came of an interrupt (its causes hold an {@code InterruptedException})
     * @param frames      where it was thrown, innermost first
     */
    public record DiedThread(String thread, String exception, boolean interrupted, List<StackTraceElement> frames) {}

    /**
     * The learner VM's threads that died of an uncaught exception since the last call; empty when the VM is gone
     * or cannot say. Only between evaluations: the VM answers it on the channel snippets run on.
     */
    public List<DiedThread> diedThreads() {
        if (!(engine instanceof FastJdiProvider p) || p.control() == null || !engine.alive()) {
            return List.of();
        }
        Object answer;
        try {
            answer = p.control().extensionCommand(ThreadDeaths.COMMAND, null);
        } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException | RuntimeException e) {
            return List.of();
        }
        List<DiedThread> died = new ArrayList<>();
        if (answer instanceof List<?> all) {
            for (Object o : all) {
                if (o instanceof String[] d && d.length >= 3) {
                    List<StackTraceElement> frames = new ArrayList<>();
                    for (int i = 3; i < d.length; i++) {
                        String[] f = d[i].split("\\|", -1);
                        if (f.length == 4) {
                            frames.add(new StackTraceElement(f[0], f[1], "null".equals(f[2]) ? null : f[2],
                                    Integer.parseInt(f[3])));
                        }
                    }
                    died.add(new DiedThread(d[0], d[1], d[2].equals("interrupted"), List.copyOf(frames)));
                }
            }
        }
        return died;
    }

    /** The folder or jar holding {@link RemoteAgent}, which the learner VM must load. */
    static String agentClassPath() {
        try {
            return Path.of(RemoteAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate threadlings' own classes", e);
        }
    }

    /** Evaluates every snippet in {@code input}, in order; stops at the first one that fails. */
    public List<Outcome> eval(String input) {
        return eval(input, outcome -> { });
    }

    /**
     * As {@link #eval(String)}, handing each snippet's outcome to {@code done} as soon as that snippet ends, so
     * that a snippet's value is shown before what later snippets print (and not with its value from before them).
     */
    public List<Outcome> eval(String input, java.util.function.Consumer<Outcome> done) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SnippetSplitter.Piece piece : SnippetSplitter.split(analysis(), input)) {
            Outcome o = piece.complete() ? evalOne(piece.source())
                    : new Outcome.CompileError(piece.source(), List.of(new Outcome.Diagnostic(
                            "incomplete input: the snippet ends before it is finished", piece.source().length(),
                            piece.source().length(), true)));
            outcomes.add(o);
            done.accept(o);
            if (o.failed()) {
                break;
            }
        }
        return outcomes;
    }

    /** From now on javac's diagnostics and the shell's own words are in {@code text}'s language. */
    public void speak(dev.threadlings.text.Messages text) {
        evaluator.speak(text);
    }

    /** Evaluates exactly one complete snippet. */
    public Outcome evalOne(String snippet) {
        stopRequested = false;
        if (!alive()) {
            return new Outcome.VmLost(snippet, "jshell.vm-not-running");
        }
        Outcome outcome;
        try {
            outcome = evaluator.eval(snippet);
        } catch (IllegalStateException e) {
            outcome = new Outcome.VmLost(snippet, "jshell.vm-ended");
        }
        if (!alive() && !(outcome instanceof Outcome.CompileError)) {
            return new Outcome.VmLost(snippet, "jshell.vm-ended.why");
        }
        if (stopRequested && !(outcome instanceof Outcome.CompileError)) {
            return new Outcome.Stopped(snippet);
        }
        return outcome;
    }

    /**
     * JShell's id of the snippet evaluated last ("12"), which stack frames name; used to map frames back to the
     * file and line the snippet came from.
     */
    public String lastSnippetId() {
        return evaluator.lastId();
    }

    /**
     * For the snippet evaluated last: which line of the snippet each line of JShell's generated wrapper source
     * comes from (index: wrapper line, 1-based; value: snippet line, or 0 for wrapper-only lines), and the
     * wrapper's class name. Class files carry wrapper lines; this maps them back.
     */
    public java.util.Optional<WrapperLines> lastWrapperLines() {
        return wrapperLines(evaluator.last());
    }

    /**
     * As {@link #lastWrapperLines()}, for any snippet: one that JShell compiled again (a class that used a class
     * declared after it) has a new wrapper.
     */
    java.util.Optional<WrapperLines> wrapperLines(jdk.jshell.Snippet s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        try {
            var w = jshell.sourceCodeAnalysis().wrapper(s);
            String wrapped = w.wrapped();
            String source = s.source();
            String[] lines = wrapped.split("\n", -1);
            int[] map = new int[lines.length + 1];
            int offset = 0;
            for (int i = 0; i < lines.length; i++) {
                int first = 0;
                while (first < lines[i].length() && Character.isWhitespace(lines[i].charAt(first))) {
                    first++;
                }
                int pos = first < lines[i].length() ? w.wrappedToSourcePosition(offset + first) : -1;
                map[i + 1] = pos < 0 || pos > source.length() ? 0 : SourceLines.lineOf(source, pos);
                offset += lines[i].length() + 1;
            }
            return java.util.Optional.of(new WrapperLines(w.fullClassName(), s.id(), map));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A learner thread's stack trace with its frames named as the console names snippets:
     * {@code at REPL.$JShell$14$Boom.go($JShell$14.java:5)} becomes {@code at Boom.go (#14:1)}, as JShell shows a
     * snippet's exception. Called on the thread that forwards the VM's System.err, while snippets may be evaluated.
     */
    String nameFrames(String text) {
        return SourceMap.rewriteFrames(text, f -> {
            String where = !f.inner().isEmpty() ? f.inner() + "." + f.method()
                    : f.method().equals("do_it$") || f.method().startsWith("lambda$") ? "" : f.method();
            String located = wrapperOf(f.wrapper()).map(w -> {
                int[] lines = w.snippetLineOfWrapperLine();
                int snippetLine = f.line() < lines.length ? lines[f.line()] : 0;
                return snippetLine > 0 ? "#" + w.snippetId() + ":" + snippetLine : null;
            }).orElse(null);
            return "at " + (where.isEmpty() ? "" : where + " ")
                    + "(" + (located != null ? located : "line " + f.line()) + ")";
        });
    }

    private final java.util.Map<String, WrapperLines> wrappersByClass = new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Optional<WrapperLines> wrapperOf(String className) {
        WrapperLines known = wrappersByClass.get(className);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        for (jdk.jshell.Snippet s : evaluator.compiled()) {
            var lines = wrapperLines(s);
            lines.ifPresent(w -> wrappersByClass.put(w.className(), w));
            if (lines.isPresent() && lines.get().className().equals(className)) {
                return lines;
            }
        }
        return java.util.Optional.empty();
    }

    /** The snippet evaluated last (null before any). */
    jdk.jshell.Snippet lastSnippet() {
        return evaluator.last();
    }

    /** See {@link #lastWrapperLines()}. */
    public record WrapperLines(String className, String snippetId, int[] snippetLineOfWrapperLine) {}

    /** Asks the running snippet to stop. Best effort: see {@link FastJdiControl#stop()}. */
    public void stop() {
        stopRequested = true;
        try {
            jshell.stop();
        } catch (RuntimeException e) {
            // stopping is best effort; the caller escalates to kill()
        }
    }

    /** Ends the learner VM at once; a running evaluation returns {@link Outcome.VmLost}. */
    public void kill() {
        stopRequested = true;
        engine.kill();
    }

    /** True while the learner VM runs and this shell can evaluate. */
    public boolean alive() {
        return engine.alive() && jshellOpen();
    }

    private boolean jshellOpen() {
        try {
            jshell.snippets().close();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The class files sent to the learner VM so far (the latest of each), by binary name, as JShell compiled them. */
    public Map<String, byte[]> loadedClasses() {
        return engine instanceof FastJdiProvider p ? p.loadedClasses() : Map.of();
    }

    /**
     * True while learner code runs in the VM: a snippet (or a value's toString) was sent and has not answered. Not
     * while the host compiles a snippet: that time is the host's.
     */
    public boolean runsSnippet() {
        return engine instanceof FastJdiProvider p && p.control() != null && p.control().invoking();
    }

    /** The process id of what was launched for the learner VM (the VM, or setsid/unshare above it); -1 if none. */
    public long pid() {
        return engine.pid();
    }

    public SourceCodeAnalysis analysis() {
        return jshell.sourceCodeAnalysis();
    }

    /** The JShell itself, for listing variables, methods, types and imports. */
    public JShell jshell() {
        return jshell;
    }

    @Override
    public void close() {
        try {
            jshell.close();
        } catch (RuntimeException e) {
            // closing a shell whose VM died must not fail
        }
        engine.kill();
    }
}

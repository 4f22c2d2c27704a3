package dev.threadlings.eval;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a live {@link RemoteShell} for the console: starts one in the background (so the prompt appears at once),
 * escalates an interrupt from stop to kill, and replaces a shell whose VM died.
 */
public final class ShellSupervisor implements AutoCloseable {
    /** How long a stop may take before the VM is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private volatile ShellOptions options;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("shell-timer").factory());
    private volatile CompletableFuture<RemoteShell> current;
    private volatile ScheduledFuture<?> pendingKill;
    private volatile boolean killed;
    /** Counts evaluations that have ended, so a stopper knows when its snippet is over. */
    private final java.util.concurrent.atomic.AtomicLong ended = new java.util.concurrent.atomic.AtomicLong();
    /** Ctrl-C came while {@link #eval} waited for a starting shell: the input must not run at all. */
    private volatile boolean interruptedWhileStarting;
    /** The learner's language: every shell started from now on says javac's messages in it. */
    private volatile dev.threadlings.text.Messages text = dev.threadlings.text.Messages.ENGLISH;

    public ShellSupervisor(ShellOptions options) {
        // a thread that dies of an exception prints its trace on System.err: name its frames as the console does
        this.options = new ShellOptions(options.out(), new StackFrameStream(options.err(), this::nameFrames),
                options.in(), options.vmOptions(), options.preview());
        this.current = launch();
    }

    private String nameFrames(String text) {
        CompletableFuture<RemoteShell> shell = current;
        RemoteShell started = shell != null && shell.isDone() && !shell.isCompletedExceptionally()
                ? shell.join() : null;
        return started == null ? text : started.nameFrames(text);
    }

    private CompletableFuture<RemoteShell> launch() {
        return CompletableFuture.supplyAsync(() -> {
            RemoteShell shell = RemoteShell.start(options);
            shell.speak(text);
            shell.warmUp();
            return shell;
        }, r -> Thread.ofPlatform().daemon().name("shell-start").start(r));
    }


    /** The language of javac's messages in this shell and every later one (a running shell switches at once). */
    public void speak(dev.threadlings.text.Messages words) {
        text = words;
        current.thenAccept(shell -> shell.speak(words));
    }

    /** The shell, waiting for it to be ready. */
    public RemoteShell shell() {
        try {
            return current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell could not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** True once the shell has started (whether or not it is still alive). */
    public boolean ready() {
        return current.isDone();
    }

    /** The result of a console evaluation: what happened, and whether the VM had to be replaced afterwards. */
    public record Evaluation(List<Outcome> outcomes, boolean restarted, boolean killed) {}

    /** Evaluates input in the current shell; if its VM died, starts a fresh one and says so. */
    public Evaluation eval(String input) {
        return eval(input, outcome -> { });
    }

    /** As {@link #eval(String)}, handing each snippet's outcome to {@code done} as soon as that snippet ends. */
    public Evaluation eval(String input, java.util.function.Consumer<Outcome> done) {
        killed = false;
        interruptedWhileStarting = false;
        RemoteShell shell;
        if (current.isCompletedExceptionally()) {
            // the last start failed (a Ctrl-C burst can hit the launcher's helper process before it leaves the
            // console's process group): try again rather than refuse every later input
            current = launch();
        }
        shell = shell();
        if (interruptedWhileStarting) {
            Outcome stopped = new Outcome.Stopped(input);
            done.accept(stopped);
            return new Evaluation(List.of(stopped), false, false);
        }
        List<Outcome> outcomes;
        try {
            outcomes = shell.eval(input, done);
        } finally {
            ended.incrementAndGet();
        }
        cancelPendingKill();
        boolean restart = !shell.alive();
        if (restart) {
            shell.close();
            current = launch();
        }
        return new Evaluation(outcomes, restart, killed);
    }

    /**
     * Ctrl-C: stop the running snippet, and kill its VM if it has not stopped within {@link #STOP_GRACE}; while the
     * shell is still starting, cancel the input waiting for it instead.
     */
    public void interrupt() {
        if (!current.isDone()) {
            // nothing runs yet, and a stop sent now would be lost: eval() drops the input once the shell is up
            interruptedWhileStarting = true;
            return;
        }
        RemoteShell shell = shell();
        // one stopper, which asks again until the snippet is over: a stop that comes while the input is still
        // compiling finds no snippet to stop (the kill below still ends it after the grace)
        long evaluation = ended.get();
        Thread.ofPlatform().daemon().name("shell-stop").start(() -> {
            while (ended.get() == evaluation && !killed && shell.alive()) {
                shell.stop();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        cancelPendingKill();
        pendingKill = timer.schedule(() -> {
            killed = true;
            shell.kill();
        }, STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelPendingKill() {
        ScheduledFuture<?> k = pendingKill;
        if (k != null) {
            k.cancel(false);
        }
    }

    /**
     * Turns the JDK's preview features on or off for the shell; if that changes anything, a fresh VM and JShell
     * start (all state is gone) and this returns true.
     */
    public boolean usePreview(boolean on) {
        if (options.preview() == on) {
            return false;
        }
        options = options.withPreview(on);
        reset();
        return true;
    }

    /** True when snippets are compiled and run with the JDK's preview features. */
    public boolean preview() {
        return options.preview();
    }

    /** Throws away all state: a fresh VM and JShell. */
    public void reset() {
        CompletableFuture<RemoteShell> old = current;
        current = launch();
        old.thenAccept(RemoteShell::close);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        current.thenAccept(RemoteShell::close);
        if (current.isDone()) {
            return;
        }
        current.cancel(true);
    }
}

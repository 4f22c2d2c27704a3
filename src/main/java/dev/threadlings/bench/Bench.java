package dev.threadlings.bench;

import dev.threadlings.text.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the measurements. Ours and the reference alternate (launch by launch, eval by eval) so that both see the
 * same background noise; every wait has a deadline, and a process that misses it is killed and reported.
 */
public final class Bench {
    /**
     * What to run and how often.
     *
     * @param ours      threadlings
     * @param theirs    the stock jshell
     * @param runs      launches of each
     * @param evals     timed evaluations in each session (after {@link #WARM_UP} untimed ones)
     * @param check     the {@code check} command line, or null for none
     * @param checkRuns how often to run it
     * @param timeout   the longest any one launch, eval or check may take
     */
    public record Plan(Target ours, Target theirs, int runs, int evals, List<String> check, int checkRuns,
                       java.time.Duration timeout) {}

    /** Untimed evaluations before the timed ones: the first pays for JIT and class loading on both sides. */
    static final int WARM_UP = 3;

    private final Plan plan;
    private final Consumer<String> progress;
    private final Messages text;
    private final List<String> failures = new ArrayList<>();

    /** @param text the language of the progress lines and of the failures */
    public Bench(Plan plan, Consumer<String> progress, Messages text) {
        this.plan = plan;
        this.progress = progress;
        this.text = text;
    }

    /** Measures everything; never throws for a process that misbehaves (it is in the result's failures). */
    public BenchResult run(Optional<String> checkedId) throws InterruptedException {
        List<Double> launchOurs = new ArrayList<>();
        List<Double> launchTheirs = new ArrayList<>();
        progress.accept(text.get("bench.progress.warm-up"));
        warmUp(plan.ours());
        warmUp(plan.theirs());
        for (int i = 0; i < plan.runs(); i++) {
            progress.accept(text.get("bench.progress.launch", i + 1, plan.runs()));
            // alternate who goes first: the one after a kill may share the CPU with its shutdown
            boolean oursFirst = i % 2 == 0;
            launch(oursFirst ? plan.ours() : plan.theirs(), oursFirst ? launchOurs : launchTheirs);
            launch(oursFirst ? plan.theirs() : plan.ours(), oursFirst ? launchTheirs : launchOurs);
        }
        progress.accept(text.get("bench.progress.evals"));
        List<Double> evalOurs = new ArrayList<>();
        List<Double> evalTheirs = new ArrayList<>();
        evals(evalOurs, evalTheirs);
        Optional<Stats> check = Optional.empty();
        if (plan.check() != null) {
            List<Double> checks = new ArrayList<>();
            for (int i = 0; i < plan.checkRuns(); i++) {
                progress.accept(text.get("bench.progress.check", i + 1, plan.checkRuns()));
                check(checks);
            }
            check = Optional.of(Stats.of(checks));
        }
        return new BenchResult(plan.ours().name(), plan.theirs().name(),
                new BenchResult.Pair(Stats.of(launchOurs), Stats.of(launchTheirs)),
                new BenchResult.Pair(Stats.of(evalOurs), Stats.of(evalTheirs)), check, checkedId, failures);
    }

    private long timeoutNanos() {
        return plan.timeout().toNanos();
    }

    private void launch(Target t, List<Double> into) throws InterruptedException {
        try (PipedProcess p = start(t)) {
            if (p == null) {
                return;
            }
            if (p.out().awaitText(t.prompt(), timeoutNanos())) {
                into.add((System.nanoTime() - p.startNanos()) / 1e9);
            } else {
                fail(text.get("bench.fail.launch-no-prompt", t.name(), t.prompt().strip()), p);
            }
        }
    }

    /**
     * One untimed session that ends with {@code /exit}, as a learner's would: it fills the OS file cache, and lets
     * the launcher's class data archive be written at a normal exit (the timed runs are killed, which writes nothing),
     * so the figures are for the usual start, not the first one after a build.
     */
    private void warmUp(Target t) throws InterruptedException {
        try (PipedProcess p = start(t)) {
            // three times the usual wait: right after a build the launcher first trains its AOT cache
            if (p == null || !p.out().awaitText(t.prompt(), 3 * timeoutNanos())) {
                if (p != null) {
                    fail(text.get("bench.fail.warm-up-no-prompt", t.name()), p);
                }
                return;
            }
            p.send("/exit");
            if (p.waitFor(timeoutNanos(), TimeUnit.NANOSECONDS).isEmpty()) {
                fail(text.get("bench.fail.warm-up-no-exit", t.name()), p);
            }
        } catch (IOException e) {
            failures.add(text.get("bench.fail.warm-up-write", t.name(), e.getMessage()));
        }
    }

    private void evals(List<Double> ours, List<Double> theirs) throws InterruptedException {
        try (PipedProcess a = start(plan.ours()); PipedProcess b = start(plan.theirs())) {
            if (a == null || b == null) {
                return;
            }
            boolean okA = ready(plan.ours(), a);
            boolean okB = ready(plan.theirs(), b);
            for (int i = 0; i < WARM_UP + plan.evals(); i++) {
                List<Double> sinkA = i < WARM_UP ? new ArrayList<>() : ours;
                List<Double> sinkB = i < WARM_UP ? new ArrayList<>() : theirs;
                okA = okA && eval(plan.ours(), a, i, sinkA);
                okB = okB && eval(plan.theirs(), b, i, sinkB);
            }
        }
    }

    private boolean ready(Target t, PipedProcess p) throws InterruptedException {
        if (p.out().awaitText(t.prompt(), timeoutNanos())) {
            return true;
        }
        fail(text.get("bench.fail.no-prompt", t.name()), p);
        return false;
    }

    /** One timed evaluation, then (untimed) the next prompt, so input never queues up ahead of the REPL. */
    private boolean eval(Target t, PipedProcess p, int i, List<Double> into) throws InterruptedException {
        Expressions.Expression e = Expressions.get(i);
        try {
            long t0 = System.nanoTime();
            p.send(e.source());
            if (!p.out().awaitLine(e.result(), timeoutNanos())) {
                fail(text.get("bench.fail.no-result", t.name(), e.source()), p);
                return false;
            }
            into.add((System.nanoTime() - t0) / 1e9);
        } catch (IOException x) {
            fail(text.get("bench.fail.eval-write", t.name(), x.getMessage()), p);
            return false;
        }
        if (!p.out().awaitText(t.prompt(), timeoutNanos())) {
            fail(text.get("bench.fail.no-prompt-after", t.name(), e.source()), p);
            return false;
        }
        return true;
    }

    private void check(List<Double> into) throws InterruptedException {
        Target ours = plan.ours();
        Target check = new Target(ours.name() + " check", plan.check(), ours.dir(), ours.env(), "");
        try (PipedProcess p = start(check)) {
            if (p == null) {
                return;
            }
            var code = p.waitFor(timeoutNanos(), TimeUnit.NANOSECONDS);
            double seconds = (System.nanoTime() - p.startNanos()) / 1e9;
            if (code.isEmpty()) {
                fail(text.get("bench.fail.check-unfinished"), p);
            } else if (code.getAsInt() != 0) {
                failed(text.get("bench.fail.check-exit", code.getAsInt()), p);
            } else {
                into.add(seconds);
            }
        }
    }

    private PipedProcess start(Target t) {
        try {
            return PipedProcess.start(t.command(), t.dir(), t.env());
        } catch (IOException e) {
            failures.add(text.get("bench.fail.no-start", t.name(), t.command().getFirst(), e.getMessage()));
            return null;
        }
    }

    /** Records a run that hung (or whose output ended early): it is killed when its try block closes it. */
    private void fail(String what, PipedProcess p) {
        failed(text.get("bench.fail.killed", what, plan.timeout().toSeconds()), p);
    }

    private void failed(String what, PipedProcess p) {
        String words = p.lastWords();
        failures.add(words.isEmpty() ? what : text.get("bench.fail.last-words", what, words));
    }
}

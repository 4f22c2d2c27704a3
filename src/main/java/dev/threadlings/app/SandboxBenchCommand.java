package dev.threadlings.app;

import dev.threadlings.report.SandboxText;
import dev.threadlings.bench.Stats;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.ProgramScenario;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code threadlings bench-sandbox}: the sandbox's speed — schedules per second on a two-thread counter, and the
 * time to the first failure for every buggy program of the test corpus — reported as medians, not as timed tests.
 */
@Command(name = "bench-sandbox", mixinStandardHelpOptions = true,
        description = "Measure the concurrency sandbox: schedules per second on a two-thread counter, and the time "
                + "to first failure of each buggy corpus program (src/test/resources/sandbox/corpus/buggy).")
final class SandboxBenchCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    private static final String COUNTER = """
            class Counter {
                static int n;
                public static void main(String[] args) throws InterruptedException {
                    Thread a = new Thread(() -> { synchronized (Counter.class) { n++; } });
                    Thread b = new Thread(() -> { synchronized (Counter.class) { n++; } });
                    a.start(); b.start(); a.join(); b.join();
                    assert n == 2;
                }
            }
            """;

    private static final String UNCONTENDED = """
            public class Uncontended {
                static int n;
                public static void main(String[] args) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 5_000; i++) {
                        synchronized (Uncontended.class) {
                            n++;
                        }
                    }
                    System.out.println(System.nanoTime() - start);
                }
            }
            """;

    @Option(names = "--runs", defaultValue = "3", description = "runs of the throughput measurement (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--no-races", description = "measure throughput without the race detector")
    boolean noRaces;

    @Option(names = "--only", description = "one part: throughput, overhead, detector or corpus (default: all)")
    String only;

    @Option(names = "--increments", defaultValue = "100000",
            description = "increments per thread in the race detector's workload (default: ${DEFAULT-VALUE})")
    int increments;

    @Option(names = "--schedules", defaultValue = "2000", description = "schedules per throughput run (default: ${DEFAULT-VALUE})")
    int schedules;

    /**
     * One thread, 5,000 synchronized increments: the same code run plainly in a fresh JVM (timed inside main)
     * and as one schedule under the sandbox (the explorer's own time for it).
     */
    private void overhead() throws IOException {
        Optional<PlainProgram> program = PlainProgram.compile("Uncontended", UNCONTENDED);
        if (program.isEmpty()) {
            return;
        }
        List<Double> plain = new ArrayList<>();
        List<Double> sandboxed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Optional<Double> seconds = program.get().seconds();
            if (seconds.isEmpty()) {
                return;
            }
            plain.add(seconds.get());
            SandboxReport r = Sandbox.explore(ProgramScenario.of("Uncontended.java", UNCONTENDED),
                    ExploreSettings.defaults().withSearch(Search.RANDOM).withBudget(1).withSeconds(60).withBound(0)
                            .withMaxSteps(100_000));
            sandboxed.add(r.coverage().seconds());
        }
        double a = Stats.of(plain).median();
        double b = Stats.of(sandboxed).median();
        System.out.println(root.messages().get("bench-sandbox.overhead", figure("%.2f", a * 1e3),
                figure("%.1f", b * 1e3), figure("%.0f", b / Math.max(a, 1e-9))));
    }

    @Override
    public Integer call() throws IOException {
        if (only != null && !List.of("throughput", "overhead", "detector", "corpus").contains(only)) {
            System.err.println(root.messages().get("cli.bench-sandbox-only", only));
            return 2;
        }
        if (part("throughput") && throughput() != 0) {
            return 1;
        }
        if (part("overhead")) {
            overhead();
        }
        if (part("detector")) {
            DetectorBench.run(runs, increments, root.messages());
        }
        return part("corpus") ? corpus() : 0;
    }

    /** A measured figure as the bench prints it whatever the language: digits and a point. */
    static String figure(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private boolean part(String name) {
        return only == null || only.equals(name);
    }

    private int throughput() {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            SandboxReport r = Sandbox.explore(ProgramScenario.of("Counter.java", COUNTER),
                    ExploreSettings.defaults().withSearch(Search.RANDOM).withBudget(schedules).withSeconds(120)
                            .withSeed(i + 1).withRaces(!noRaces));
            if (r.outcome() != dev.threadlings.sandbox.SandboxOutcome.NONE) {
                System.err.println(root.messages().get("bench-sandbox.counter-failed",
                        SandboxText.message(r, root.messages())));
                return 1;
            }
            rates.add(r.coverage().schedules() / Math.max(r.coverage().seconds(), 1e-9));
        }
        Stats rate = Stats.of(rates);
        System.out.println(root.messages().get("bench-sandbox.throughput", figure("%.0f", rate.median()),
                figure("%.0f", rate.min()), figure("%.0f", rate.max())));
        return 0;
    }

    private int corpus() throws IOException {
        Path corpus = Path.of(System.getProperty("threadlings.home", "."), "src/test/resources/sandbox/corpus/buggy");
        if (!Files.isDirectory(corpus)) {
            System.out.println(root.messages().get("bench-sandbox.no-corpus", corpus));
            return 0;
        }
        List<Double> firstFailure = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        int missed = 0;
        for (Path f : files) {
            long start = System.nanoTime();
            SandboxReport r = Sandbox.explore(ProgramScenario.of(f.getFileName().toString(), Files.readString(f)),
                    ExploreSettings.defaults());
            double wall = (System.nanoTime() - start) / 1e9;
            missed += r.failed() ? 0 : 1;
            firstFailure.add(wall);
            System.out.printf("  %-36s %-12s %5d schedules %6.2f s explorer %6.2f s wall%n", f.getFileName(),
                    r.outcome().id(), r.coverage().schedules(), r.coverage().seconds(), wall);
        }
        System.out.println(root.messages().get("bench-sandbox.corpus", files.size(),
                figure("%.2f", Stats.of(firstFailure).median()), figure("%.2f", Stats.of(firstFailure).max()), missed));
        return missed == 0 ? 0 : 1;
    }

}

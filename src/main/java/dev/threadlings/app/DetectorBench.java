package dev.threadlings.app;

import dev.threadlings.report.SandboxText;
import dev.threadlings.bench.Stats;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.ProgramScenario;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the race detector costs: four threads each doing N uncontended synchronized increments of their own
 * counter, run plainly in a fresh JVM; as one free run (real threads at full speed, the detector listening: the
 * figure the goal is about), with N and with 10 N (where the JIT's warm-up counts less); and as one schedule in
 * the sandbox without the detector and with it (the first, non-preemptive schedule: every thread runs to its end
 * before the next). Each time is the program's own, from its first step to its last thread's end. Medians.
 */
final class DetectorBench {
    private static final String WORKLOAD = """
            public class Workload {
                static final int N = %d;
                static final int[] counts = new int[4 * 16];   // 64 bytes apart: no false sharing

                public static void main(String[] args) throws InterruptedException {
                    long start = System.nanoTime();
                    Thread[] threads = new Thread[4];
                    for (int t = 0; t < 4; t++) {
                        int me = t * 16;
                        Object lock = new Object();
                        threads[t] = new Thread(() -> {
                            for (int i = 0; i < N; i++) {
                                synchronized (lock) {
                                    counts[me]++;
                                }
                            }
                        });
                        threads[t].start();
                    }
                    for (Thread t : threads) {
                        t.join();
                    }
                    System.out.println(System.nanoTime() - start);
                }
            }
            """;

    private DetectorBench() {}

    static void run(int runs, int increments, Messages text) throws IOException {
        String source = WORKLOAD.formatted(increments);
        Optional<PlainProgram> program = PlainProgram.compile("Workload", source);
        if (program.isEmpty()) {
            return;
        }
        double plainMedian = freeRun(runs, increments, source, program.get(), text);
        // ten times as long: the JIT's warm-up (which a run of N pays in full) no longer counts much
        String longer = WORKLOAD.formatted(increments * 10);
        Optional<PlainProgram> longProgram = PlainProgram.compile("Workload", longer);
        if (longProgram.isPresent()) {
            freeRun(runs, increments * 10, longer, longProgram.get(), text);
        }
        if (Double.isNaN(plainMedian)) {
            return;
        }
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        // every increment is about four scheduling points; leave room so the schedule is not cut short as a hang
        ExploreSettings one = ExploreSettings.defaults().withSearch(Search.DFS).withBudget(1).withSeconds(600)
                .withBound(0).withMaxSteps(increments * 4 * 6 + 1_000);
        for (int i = 0; i < runs; i++) {
            without.add(timed(source, one.withRaces(false), text));
            with.add(timed(source, one, text));
        }
        double a = plainMedian;                       // the plain run above: the explorer VM's JIT and collector
        double b = Stats.of(without).median();
        double c = Stats.of(with).median();
        System.out.println(text.get("bench-sandbox.detector-explorer", increments,
                SandboxBenchCommand.figure("%.0f", b * 1e3), SandboxBenchCommand.figure("%.0f", c * 1e3),
                SandboxBenchCommand.figure("%.2f", c / Math.max(b, 1e-9)),
                SandboxBenchCommand.figure("%.0f", c / Math.max(a, 1e-9)), SandboxBenchCommand.figure("%.1f", a * 1e3)));
    }

    /**
     * The goal's figure: a free run (real threads, the detector listening) against a plain run, same JIT. Returns
     * the plain run's median seconds (NaN if it did not run).
     */
    private static double freeRun(int runs, int increments, String source, PlainProgram program, Messages text)
            throws IOException {
        ExploreSettings freeRun = ExploreSettings.defaults().withSearch(Search.FREE).withBudget(1).withSeconds(600)
                .withBound(0).withMaxSteps(0);
        List<Double> plain = new ArrayList<>();
        List<Double> free = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // the explorer VM's JIT and collector
            Optional<Double> seconds = program.seconds("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
            if (seconds.isEmpty()) {
                return Double.NaN;
            }
            plain.add(seconds.get());
            free.add(timed(source, freeRun, text));
        }
        double p = Stats.of(plain).median();
        double f = Stats.of(free).median();
        System.out.println(text.get("bench-sandbox.detector-free", increments, SandboxBenchCommand.figure("%.1f", p * 1e3),
                SandboxBenchCommand.figure("%.1f", f * 1e3), SandboxBenchCommand.figure("%.1f", f / Math.max(p, 1e-9))));
        return p;
    }

    private static double timed(String source, ExploreSettings settings, Messages text) {
        SandboxReport r = Sandbox.explore(ProgramScenario.of("Workload.java", source), settings);
        if (r.outcome() != dev.threadlings.sandbox.SandboxOutcome.NONE) {
            System.out.println(text.get("bench-sandbox.workload-failed", r.outcome().id(),
                    SandboxText.message(r, text)));
        }
        return r.coverage().seconds();
    }
}

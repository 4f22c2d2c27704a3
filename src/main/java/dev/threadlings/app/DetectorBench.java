package dev.threadlings.app;

import dev.threadlings.bench.Stats;
import dev.threadlings.sandbox.ExploreSettings;
import dev.threadlings.sandbox.ProgramScenario;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the race detector costs: four threads each doing N uncontended synchronized increments of their own
 * counter, run plainly in a fresh JVM; as one free run (real threads at full speed, the detector listening: the
 * figure the goal is about); and as one schedule in the sandbox without the detector and with it (the first,
 * non-preemptive schedule: every thread runs to its end before the next). Medians of a few runs.
 */
final class DetectorBench {
    private static final String WORKLOAD = """
            public class Workload {
                static final int N = %d;
                static final int[] counts = new int[4];

                public static void main(String[] args) throws InterruptedException {
                    long start = System.nanoTime();
                    Thread[] threads = new Thread[4];
                    for (int t = 0; t < 4; t++) {
                        int me = t;
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

    static void run(int runs, int increments) throws IOException {
        String source = WORKLOAD.formatted(increments);
        Optional<PlainProgram> program = PlainProgram.compile("Workload", source);
        if (program.isEmpty()) {
            return;
        }
        List<Double> plain = new ArrayList<>();
        List<Double> plainC2 = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> free = new ArrayList<>();
        ExploreSettings freeRun = new ExploreSettings("free", 1, 600, 1, 0, 0, null);
        // every increment is about four scheduling points; leave room so the schedule is not cut short as a hang
        ExploreSettings one = new ExploreSettings("dfs", 1, 600, 1, 0, increments * 4 * 6 + 1_000, null);
        for (int i = 0; i < runs; i++) {
            Optional<Double> seconds = program.get().seconds("-XX:TieredStopAtLevel=1");
            if (seconds.isEmpty()) {
                return;
            }
            plain.add(seconds.get());
            program.get().seconds().ifPresent(plainC2::add);
            without.add(timed(source, one.withRaces(false)));
            with.add(timed(source, one));
            free.add(timed(source, freeRun));
        }
        double a = Stats.of(plain).median();
        double b = Stats.of(without).median();
        double c = Stats.of(with).median();
        double f = Stats.of(free).median();
        double p = Stats.of(plainC2).median();
        System.out.printf("race detector, 4 threads × %,d uncontended synchronized increments: plain %.1f ms, free "
                + "run with the detector %.1f ms: %.1f× over plain (goal ≤ 5×)%n",
                increments, p * 1e3, f * 1e3, f / Math.max(p, 1e-9));
        System.out.printf("  one schedule in the sandbox %.0f ms, with the detector %.0f ms: the detector adds %.2f× "
                + "to the sandbox (%.0f× over plain with C1 like the explorer, %.1f ms: one thread at a time, a "
                + "scheduling point at every access)%n",
                b * 1e3, c * 1e3, c / Math.max(b, 1e-9), c / Math.max(a, 1e-9), a * 1e3);
    }

    private static double timed(String source, ExploreSettings settings) {
        SandboxReport r = Sandbox.explore(ProgramScenario.of("Workload.java", source), settings);
        if (r.failed()) {
            System.out.println("detector: the workload failed in the sandbox: " + r.outcome() + " " + r.message());
        }
        return r.seconds();
    }
}

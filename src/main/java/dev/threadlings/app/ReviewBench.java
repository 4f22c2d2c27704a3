package dev.threadlings.app;

import com.google.gson.JsonObject;
import dev.threadlings.bench.Stats;
import dev.threadlings.course.Course;
import dev.threadlings.course.Exercise;
import dev.threadlings.eval.DefaultImports;
import dev.threadlings.review.Reviewer;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the anti-pattern review adds to a check: every reference solution reviewed in this VM, the first one cold
 * (PMD, its rules and the JDK types they resolve loaded on the spot, as a fresh {@code threadlings check} VM pays
 * it) and then each of them warm, three rounds (as the console pays it: it loads the analyzer while the learner
 * reads). Wall and CPU time of the reviewing thread; the CPU time is what a busy machine cannot hide. A check runs
 * the review beside its JShell VM, so these are the most it adds.
 *
 * @param coldMs   the first review's wall time
 * @param coldCpuMs the first review's CPU time
 * @param warmMs   median wall time of a warm review
 * @param warmCpuMs median CPU time of a warm review
 * @param files    how many files were reviewed per round
 */
record ReviewBench(double coldMs, double coldCpuMs, Stats warmMs, Stats warmCpuMs, int files) {

    static ReviewBench measure(Course course) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Exercise> exercises = course.exercises().stream().filter(e -> !e.challenge()).toList(); // no code
        List<String> texts = new ArrayList<>();
        for (Exercise e : exercises) {
            texts.add(Files.readString(e.solutionFile()));
        }
        double[] cold = time(mx, exercises.getFirst(), texts.getFirst());
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < exercises.size(); i++) {
                double[] t = time(mx, exercises.get(i), texts.get(i));
                wall.add(t[0]);
                cpu.add(t[1]);
            }
        }
        return new ReviewBench(cold[0], cold[1], Stats.of(wall), Stats.of(cpu), exercises.size());
    }

    /** {wall ms, CPU ms} of one review. */
    private static double[] time(ThreadMXBean mx, Exercise e, String text) {
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Reviewer.shared().review(e.fileName(), text, DefaultImports.PACKAGES);
        return new double[] {(System.nanoTime() - wall) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6};
    }

    String text(Messages text) {
        return row(text.get("bench.review.cold"), ms(coldMs), "cpu " + ms(coldCpuMs))
                + row(text.get("bench.review.warm"), ms(warmMs.median()), "cpu " + ms(warmCpuMs.median()))
                + text.get("bench.review.what", files) + "\n";
    }

    /** As the bench's table: a label of 20 columns (by display width), figures right-aligned in 14 and 12. */
    private static String row(String label, String wall, String cpu) {
        return Columns.fill(label, 20) + " " + " ".repeat(Math.max(0, 14 - wall.length())) + wall + " "
                + " ".repeat(Math.max(0, 12 - cpu.length())) + cpu + "\n";
    }

    /** Seconds, like the rest of the bench's JSON. */
    JsonObject json() {
        JsonObject o = new JsonObject();
        o.addProperty("coldSeconds", seconds(coldMs));
        o.addProperty("coldCpuSeconds", seconds(coldCpuMs));
        o.addProperty("warmMedianSeconds", seconds(warmMs.median()));
        o.addProperty("warmCpuMedianSeconds", seconds(warmCpuMs.median()));
        o.addProperty("files", files);
        return o;
    }

    private static double seconds(double ms) {
        return Math.round(ms) / 1000.0;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }
}

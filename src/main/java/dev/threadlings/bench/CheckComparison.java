package dev.threadlings.bench;

import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code check <id> --solution} of this build against another build of threadlings (a baseline: an older commit,
 * or a build without some feature), the two alternating run by run so both see the same background load. Each
 * run's wall time and the CPU time of its whole process tree ({@link TreeCpu}) are kept; the ratio of the CPU
 * medians is the figure to read on a loaded machine.
 *
 * @param ours     our launcher's command before {@code check} (e.g. the script and {@code --course DIR})
 * @param baseline the baseline launcher's, the same way
 */
public record CheckComparison(List<String> ours, List<String> baseline, Path dir, Map<String, String> env,
                              Duration timeout) {

    /** One exercise: wall and CPU seconds of ours and of the baseline. */
    public record Row(String exercise, Stats oursWall, Stats baselineWall, Stats oursCpu, Stats baselineCpu) {
        public double cpuRatio() {
            return oursCpu.ratioTo(baselineCpu);
        }

        public double wallRatio() {
            return oursWall.ratioTo(baselineWall);
        }
    }

    /** Runs {@code runs} checks of each build per exercise; a failed or hung run goes to {@code failures}. */
    public List<Row> run(List<String> exercises, int runs, Consumer<String> progress, List<String> failures,
                         Messages text) throws InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (String id : exercises) {
            List<Double> oursWall = new ArrayList<>(), baseWall = new ArrayList<>();
            List<Double> oursCpu = new ArrayList<>(), baseCpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                progress.accept(text.get("bench.progress.compare", id, i + 1, runs));
                boolean oursFirst = i % 2 == 0; // who goes first alternates: the second may meet the first's exit
                once(oursFirst ? ours : baseline, id, oursFirst ? oursWall : baseWall,
                        oursFirst ? oursCpu : baseCpu, failures, text);
                once(oursFirst ? baseline : ours, id, oursFirst ? baseWall : oursWall,
                        oursFirst ? baseCpu : oursCpu, failures, text);
            }
            rows.add(new Row(id, Stats.of(oursWall), Stats.of(baseWall), Stats.of(oursCpu), Stats.of(baseCpu)));
        }
        return rows;
    }

    private void once(List<String> launcher, String id, List<Double> wall, List<Double> cpu, List<String> failures,
                      Messages text) throws InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("check", id, "--solution"));
        try {
            Path err = Files.createTempFile(dir, "check-", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
            pb.environment().putAll(env);
            long started = System.nanoTime();
            Process p = pb.start();
            TreeCpu tree = new TreeCpu();
            if (!tree.follow(p, timeout.toNanos(), 3_000)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                failures.add(text.get("bench.compare.killed", String.join(" ", command), timeout.toSeconds()));
                return;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(err);
                failures.add(text.get("bench.compare.exit", String.join(" ", command), p.exitValue(),
                        lines.isEmpty() ? "" : " — " + lines.getLast()));
                return;
            }
            wall.add(seconds);
            cpu.add(tree.seconds());
        } catch (IOException e) {
            failures.add(text.get("bench.compare.no-start", String.join(" ", command), e.getMessage()));
        }
    }

    /** The rows as a table: medians (min–max) per build, and the ratios this build ÷ baseline. */
    public static String text(List<Row> rows, String baselineName, Messages text) {
        StringBuilder s = new StringBuilder(text.get("bench.compare.header", baselineName, TreeCpu.available() ? 1 : 0))
                .append('\n');
        s.append(line(text.get("bench.compare.exercise"), "", text.get("bench.compare.this-build"),
                text.get("bench.compare.baseline"), text.get("bench.ratio")));
        for (Row r : rows) {
            s.append(line(r.exercise(), text.get("bench.compare.wall"), cell(r.oursWall()), cell(r.baselineWall()),
                    ratio(r.wallRatio())));
            s.append(line("", "CPU", cell(r.oursCpu()), cell(r.baselineCpu()), ratio(r.cpuRatio())));
        }
        return s.toString();
    }

    /** Columns of 28, 6, 22, 22 and 7, by display width (headings may be 中文). */
    private static String line(String id, String what, String ours, String base, String ratio) {
        return (Columns.fill(id, 28) + " " + Columns.fill(what, 6) + " " + right(ours, 22) + " " + right(base, 22)
                + " " + right(ratio, 7)).stripTrailing() + "\n";
    }

    private static String right(String text, int columns) {
        return " ".repeat(Math.max(0, columns - Columns.width(text))) + text;
    }

    private static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String cell(Stats st) {
        return st.present() ? String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", st.median(), st.min(), st.max())
                : "—";
    }

    /** The rows for {@code bench --json}. */
    public static JsonArray json(List<Row> rows) {
        JsonArray a = new JsonArray();
        for (Row r : rows) {
            JsonObject o = new JsonObject();
            o.addProperty("exercise", r.exercise());
            o.add("wall", pair(r.oursWall(), r.baselineWall()));
            o.add("cpu", pair(r.oursCpu(), r.baselineCpu()));
            a.add(o);
        }
        return a;
    }

    private static JsonObject pair(Stats ours, Stats base) {
        JsonObject o = new JsonObject();
        o.addProperty("ours", ours.present() ? ours.median() : null);
        o.addProperty("baseline", base.present() ? base.median() : null);
        double ratio = ours.ratioTo(base);
        o.addProperty("ratio", Double.isNaN(ratio) ? null : ratio);
        return o;
    }
}

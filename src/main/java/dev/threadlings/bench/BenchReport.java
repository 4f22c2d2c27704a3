package dev.threadlings.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.util.Locale;

/** A {@link BenchResult} as a small table for people or as JSON for scripts. */
public final class BenchReport {
    /** The goals the table is read against (seconds). */
    public static final double LAUNCH_TARGET = 0.5;
    public static final double EVAL_TARGET = 0.080;

    private BenchReport() {}

    /** The table, in {@code text}'s language; {@code jdk} and {@code cores} name the machine (measured by the caller). */
    public static String text(BenchResult r, String jdk, int cores, int runs, int evals, Messages text) {
        StringBuilder s = new StringBuilder();
        s.append(text.get("bench.header", jdk, cores, runs, evals)).append('\n');
        s.append(cells("", r.ours(), r.theirs(), text.get("bench.ratio")));
        row(s, text.get("bench.launch"), r.launch(), false, text);
        row(s, text.get("bench.eval"), r.eval(), true, text);
        String check = text.get("bench.check") + r.checkedId().map(id -> " " + id).orElse("");
        if (r.check().isEmpty()) {
            s.append(cells(text.get("bench.check"), text.get("bench.no-exercises")));
        } else if (r.check().get().present()) {
            Stats c = r.check().get();
            s.append(cells(check, secs(c.median()), text.get("bench.no-ratio")));
            s.append(cells(text.get("bench.range"), range(c, false)));
        } else {
            s.append(cells(check, text.get("bench.failed")));
        }
        s.append(text.get("bench.targets", secs(LAUNCH_TARGET), millis(EVAL_TARGET))).append('\n');
        for (String f : r.failures()) {
            s.append(text.get("bench.failure", f)).append('\n');
        }
        return s.toString();
    }

    /** A label (left, 20 columns) and figures (right, 14, 12 and 9 columns), by display width: labels may be 中文. */
    private static String cells(String label, String... figures) {
        int[] widths = {14, 12, 9};
        StringBuilder line = new StringBuilder(Columns.fill(label, 20));
        for (int i = 0; i < figures.length; i++) {
            line.append(' ').append(" ".repeat(Math.max(0, widths[i] - Columns.width(figures[i])))).append(figures[i]);
        }
        return line.toString().stripTrailing() + "\n";
    }

    private static void row(StringBuilder s, String label, BenchResult.Pair p, boolean ms, Messages text) {
        s.append(cells(label, value(p.ours().median(), ms), value(p.theirs().median(), ms),
                Double.isNaN(p.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f×", p.ratio())));
        s.append(cells(text.get("bench.range"), range(p.ours(), ms), range(p.theirs(), ms)));
    }

    private static String range(Stats st, boolean ms) {
        // "1.73–3.05 s": the unit once, after the larger figure
        return st.present() ? value(st.min(), ms).replaceAll(" .*", "") + "–" + value(st.max(), ms) : "—";
    }

    private static String value(double seconds, boolean ms) {
        return Double.isNaN(seconds) ? "—" : ms ? millis(seconds) : secs(seconds);
    }

    private static String secs(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String millis(double seconds) {
        return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }

    /** The same figures as JSON: seconds everywhere, NaN written as null. */
    public static String json(BenchResult r, String jdk, int cores, int runs, int evals) {
        JsonObject o = new JsonObject();
        o.addProperty("jdk", jdk);
        o.addProperty("cores", cores);
        o.addProperty("runs", runs);
        o.addProperty("evals", evals);
        o.add("launchToPrompt", pair(r, r.launch()));
        o.add("warmEval", pair(r, r.eval()));
        r.check().ifPresentOrElse(c -> {
            JsonObject x = stats(c);
            r.checkedId().ifPresent(id -> x.addProperty("exercise", id));
            o.add("check", x);
        }, () -> o.add("check", null));
        JsonObject targets = new JsonObject();
        targets.addProperty("launchToPrompt", LAUNCH_TARGET);
        targets.addProperty("warmEval", EVAL_TARGET);
        o.add("targets", targets);
        JsonArray failures = new JsonArray();
        r.failures().forEach(failures::add);
        o.add("failures", failures);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(o);
    }

    private static JsonObject pair(BenchResult r, BenchResult.Pair p) {
        JsonObject o = new JsonObject();
        o.add(r.ours(), stats(p.ours()));
        o.add(r.theirs(), stats(p.theirs()));
        o.addProperty("ratio", finite(p.ratio()));
        return o;
    }

    private static JsonObject stats(Stats s) {
        JsonObject o = new JsonObject();
        o.addProperty("median", finite(s.median()));
        o.addProperty("min", finite(s.min()));
        o.addProperty("max", finite(s.max()));
        o.addProperty("count", s.count());
        return o;
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }
}

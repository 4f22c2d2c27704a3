package dev.threadlings.sandbox.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The main class of the explorer VM. Reads a job folder written by the console (instrumented classes, the plan of
 * calls), explores, and writes {@code result.txt}: one {@code key<TAB>value} line per fact, see {@link #write},
 * sealed with {@link ResultSeal}. What the job is (its folder, the strategy and budget, the run's key) comes on
 * standard input, not on the command line, so learner code does not find it in {@code sun.java.command}.
 */
public final class ExplorerMain {
    private ExplorerMain() {}

    /**
     * Standard input: the job folder, the run's key (hex), then {@code key=value} options, one a line. The key stays
     * in this method's locals: learner code runs in this VM and must not be able to seal a result of its own.
     */
    public static void main(String[] args) throws IOException {
        List<String> input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        System.setIn(InputStream.nullInputStream());
        Path job = Path.of(input.get(0));
        byte[] key = HexFormat.of().parseHex(input.get(1));
        Path result = job.resolve("result.txt");
        // written before any learner class exists: a VM that ends without a result after this was ended by the
        // program; one that ends without this never got to run it
        Files.writeString(job.resolve("started.txt"), ResultSeal.seal(key, "started", ""));
        String text;
        try {
            text = format(run(job, input.subList(2, input.size())));
        } catch (Throwable t) {
            text = "kind\terror\nmessage\t" + esc("the sandbox failed: " + t) + "\n";
        }
        Files.writeString(result, ResultSeal.seal(key, "result", text), StandardCharsets.UTF_8);
        System.out.flush();
        Runtime.getRuntime().halt(0); // learner threads that never ended must not keep this VM alive
    }

    private static Exploration run(Path job, List<String> lines) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (String option : lines) {
            int eq = option.indexOf('=');
            opts.put(option.substring(0, eq), option.substring(eq + 1));
        }
        Map<String, byte[]> classes = new HashMap<>();
        try (Stream<Path> files = Files.list(job.resolve("classes"))) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                classes.put(n.substring(0, n.length() - ".class".length()), Files.readAllBytes(f));
            }
        }
        List<String[]> plan = new ArrayList<>();
        for (String line : Files.readAllLines(job.resolve("plan.txt"))) {
            if (!line.isBlank()) {
                plan.add(line.split(" "));
            }
        }
        List<Integer> replay = null;
        if (opts.containsKey("replay")) {
            replay = new ArrayList<>();
            for (String c : opts.get("replay").split("[.,]")) {
                if (!c.isBlank()) {
                    replay.add(Integer.parseInt(c.strip()));
                }
            }
        }
        if ("free".equals(opts.get("strategy"))) {
            return new FreeRun(classes, plan, Long.parseLong(opts.getOrDefault("millis", "8000"))).run();
        }
        Explorer.Options options = new Explorer.Options(opts.getOrDefault("strategy", "auto"),
                Integer.parseInt(opts.getOrDefault("budget", "2000")),
                Long.parseLong(opts.getOrDefault("millis", "8000")),
                Long.parseLong(opts.getOrDefault("seed", "1")),
                Integer.parseInt(opts.getOrDefault("bound", "2")),
                Integer.parseInt(opts.getOrDefault("maxSteps", "20000")), replay,
                !"off".equals(opts.get("races")));
        return new Explorer(classes, plan, options).explore();
    }

    /** The exploration as text: summary keys, then thread, choice, event and detail lines. */
    static String format(Exploration e) {
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            w.println("schedules\t" + e.schedules());
            w.println("systematic\t" + e.systematic());
            w.println("exhaustive\t" + e.exhaustive());
            w.println("bound\t" + e.preemptionBound());
            w.println("strategies\t" + esc(e.strategies()));
            w.println("seconds\t" + e.seconds());
            w.println("unmanaged\t" + e.unmanagedWarnings());
            e.limits().forEach(l -> w.println("limit\t" + esc(l)));
            if (e.failure() != null) {
                w.println("kind\t" + e.failure().kind());
                w.println("message\t" + esc(e.failure().message()));
                e.failure().details().forEach(d -> w.println("detail\t" + esc(d)));
            }
            e.threads().forEach(t -> w.println("thread\t" + esc(t)));
            StringBuilder choices = new StringBuilder();
            e.choices().forEach(c -> choices.append(choices.isEmpty() ? "" : ".").append(c));
            w.println("choices\t" + choices);
            e.trace().forEach(t -> w.println("event\t" + t.thread() + "\t" + esc(t.location()) + "\t" + esc(t.what())));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}

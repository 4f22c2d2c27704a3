package dev.threadlings.sandbox.runtime;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The main class of the explorer VM. Reads a job folder written by the console (instrumented classes, the plan of
 * calls), explores, and writes {@code result.txt}: one {@code key<TAB>value} line per fact, see {@link #write}.
 */
public final class ExplorerMain {
    private ExplorerMain() {}

    /** {@code args[0]}: the job folder; then {@code key=value} options. */
    public static void main(String[] args) throws IOException {
        Path job = Path.of(args[0]);
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            opts.put(args[i].substring(0, eq), args[i].substring(eq + 1));
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
            Exploration e = new FreeRun(classes, plan, Long.parseLong(opts.getOrDefault("millis", "8000"))).run();
            write(e, job.resolve("result.txt"));
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
        Explorer.Options options = new Explorer.Options(opts.getOrDefault("strategy", "auto"),
                Integer.parseInt(opts.getOrDefault("budget", "2000")),
                Long.parseLong(opts.getOrDefault("millis", "8000")),
                Long.parseLong(opts.getOrDefault("seed", "1")),
                Integer.parseInt(opts.getOrDefault("bound", "2")),
                Integer.parseInt(opts.getOrDefault("maxSteps", "20000")), replay,
                !"off".equals(opts.get("races")));
        Exploration e = new Explorer(classes, plan, options).explore();
        write(e, job.resolve("result.txt"));
        System.out.flush();
        Runtime.getRuntime().halt(0); // learner threads that never ended must not keep this VM alive
    }

    /** Writes the exploration: summary keys, then thread, choice, event and detail lines. */
    static void write(Exploration e, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("schedules\t" + e.schedules());
            w.println("systematic\t" + e.systematic());
            w.println("exhaustive\t" + e.exhaustive());
            w.println("bound\t" + e.preemptionBound());
            w.println("strategies\t" + esc(e.strategies()));
            w.println("seconds\t" + e.seconds());
            w.println("unmanaged\t" + e.unmanagedWarnings());
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
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}

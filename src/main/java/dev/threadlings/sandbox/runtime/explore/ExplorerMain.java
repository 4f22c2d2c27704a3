package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Exploration;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.ResultSeal;
import java.io.IOException;
import java.io.InputStream;
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
 * calls), explores, and writes {@code result.txt} ({@link ExplorerCodec}),
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
            text = ExplorerCodec.encode(run(job, input.subList(2, input.size())));
        } catch (Throwable t) {
            text = ExplorerCodec.encode(Exploration.error(t));
        }
        Files.writeString(result, ResultSeal.seal(key, "result", text), StandardCharsets.UTF_8);
        System.out.flush();
        Runtime.getRuntime().halt(0); // learner threads that never ended must not keep this VM alive
    }

    private static Exploration run(Path job, List<String> lines) throws IOException {
        ExploreSettings settings = ExplorerCodec.decodeSettings(lines);
        Map<String, byte[]> classes = classes(job);
        List<String[]> plan = plan(job);
        if (settings.freeRun()) {
            return new FreeRun(classes, plan, settings.seconds() * 1000L).run();
        }
        return new Explorer(classes, plan, settings).explore();
    }

    /** The job's instrumented classes, by name. */
    public static Map<String, byte[]> classes(Path job) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        try (Stream<Path> files = Files.list(job.resolve("classes"))) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                classes.put(n.substring(0, n.length() - ".class".length()), Files.readAllBytes(f));
            }
        }
        return classes;
    }

    /** The job's plan: the static methods to call in order, as class and method name. */
    public static List<String[]> plan(Path job) throws IOException {
        List<String[]> plan = new ArrayList<>();
        for (String line : Files.readAllLines(job.resolve("plan.txt"))) {
            if (!line.isBlank()) {
                plan.add(line.split(" "));
            }
        }
        return plan;
    }
}

package dev.threadlings.sandbox;

import dev.threadlings.eval.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs an exploration in a VM of its own: the job (instrumented classes and the plan) goes to a temporary folder,
 * the explorer VM reads it and writes result.txt. A VM that overruns its budget is killed; whatever learner code
 * does (exit, out-of-memory, thousands of threads) stays in that VM.
 */
final class ExplorerProcess {
    private static final String MAIN = "dev.threadlings.sandbox.runtime.ExplorerMain";

    private ExplorerProcess() {}

    static SandboxReport run(Map<String, byte[]> classes, List<String[]> plan, SourceMap sources,
                             ExploreSettings settings, String classPath) {
        Path job = null;
        try {
            job = Files.createTempDirectory("threadlings-sandbox-");
            Path dir = Files.createDirectories(job.resolve("classes"));
            for (var e : classes.entrySet()) {
                Files.write(dir.resolve(e.getKey() + ".class"), e.getValue());
            }
            StringBuilder p = new StringBuilder();
            plan.forEach(step -> p.append(step[0]).append(' ').append(step[1]).append('\n'));
            Files.writeString(job.resolve("plan.txt"), p, StandardCharsets.UTF_8);
            boolean free = settings.strategy().equals("free");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC",
                    // C1 only: exploring runs short schedules again and again, and a free run of a learner's
                    // program is short too (C2 would win only after seconds: measured, bench-sandbox)
                    "-XX:TieredStopAtLevel=1",
                    "-Xshare:auto", "-ea",
                    // one thread runs at a time: with one carrier, handing the baton over stays on one core (a
                    // free run's threads really run at once)
                    free ? "-Djdk.virtualThreadScheduler.parallelism=" + Runtime.getRuntime().availableProcessors()
                            : "-Djdk.virtualThreadScheduler.parallelism=1",
                    "--add-opens", "java.base/java.util.concurrent=ALL-UNNAMED", "-Djava.awt.headless=true", "-cp", classPath, MAIN, job.toString(),
                    "strategy=" + settings.strategy(), "budget=" + settings.budget(),
                    "millis=" + settings.seconds() * 1000L, "seed=" + settings.seed(), "bound=" + settings.bound(),
                    "maxSteps=" + settings.maxSteps(), "races=" + (settings.races() ? "on" : "off")));
            if (settings.replay() != null) {
                cmd.add("replay=" + String.join(".", settings.replay().stream().map(String::valueOf).toList()));
            }
            Path log = job.resolve("explorer.log");
            Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long limit = settings.seconds() + 20L;
            if (!proc.waitFor(limit, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
                return SandboxReport.error("the explorer did not finish within " + limit + " s and was stopped",
                        List.of());
            }
            Path result = job.resolve("result.txt");
            if (!Files.exists(result)) {
                return SandboxReport.error("the explorer VM ended without a result (exit code " + proc.exitValue()
                        + ")", tail(log));
            }
            return ResultReader.read(result, sources);
        } catch (IOException e) {
            return SandboxReport.error("could not run the explorer: " + e.getMessage(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SandboxReport.error("interrupted", List.of());
        } finally {
            delete(job);
        }
    }

    private static List<String> tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return lines.subList(Math.max(0, lines.size() - 15), lines.size());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}

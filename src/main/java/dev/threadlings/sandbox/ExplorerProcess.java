package dev.threadlings.sandbox;

import dev.threadlings.eval.LearnerVms;
import dev.threadlings.eval.PidNamespace;
import dev.threadlings.eval.ShellOptions;
import dev.threadlings.eval.SourceMap;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.ResultSeal;
import dev.threadlings.eval.TempFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an exploration in a VM of its own: the job (instrumented classes and the plan) goes to a temporary folder,
 * the explorer VM (the sandbox runtime as a named module, {@link RuntimeModule}) reads it and writes result.txt,
 * sealed with a key only this run knows ({@link ResultSeal}); a result without a valid seal is not believed. A VM
 * that overruns its budget is killed; whatever learner code does (exit, out-of-memory, thousands of threads) stays
 * in that VM.
 */
final class ExplorerProcess {
    private ExplorerProcess() {}

    static SandboxReport run(Map<String, byte[]> classes, List<String[]> plan, SourceMap sources,
                             ExploreSettings settings) {
        Path job = null;
        try {
            job = writeJob(classes, plan);
            List<String> cmd = command(job, settings.freeRun(), RuntimeModule.NAME);
            // what the job is comes on standard input (see ExplorerMain), with the key that seals its result
            byte[] key = ResultSeal.newKey();
            List<String> input = new ArrayList<>(List.of(job.toString(), HexFormat.of().formatHex(key)));
            input.addAll(ExplorerCodec.encode(settings));
            Path log = job.resolve("explorer.log");
            // in a PID namespace of its own where the system allows it: learner code cannot signal the console
            Process proc = new ProcessBuilder(PidNamespace.command(cmd)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            LearnerVms.add(new ExplorerVm(proc));
            try (var stdin = proc.getOutputStream()) {
                stdin.write((String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            long limit = settings.seconds() + 20L;
            if (!proc.waitFor(limit, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
                return SandboxReport.error(Finding.SandboxFailed.Reason.TIMED_OUT, String.valueOf(limit), List.of());
            }
            Optional<String> result = opened(key, "result", job.resolve("result.txt"));
            if (result.isPresent()) {
                return ResultReader.read(result.get(), sources, settings);
            }
            if (opened(key, "started", job.resolve("started.txt")).isEmpty() || proc.exitValue() >= 128) {
                return SandboxReport.error(Finding.SandboxFailed.Reason.NO_RESULT, String.valueOf(proc.exitValue()),
                        tail(log));
            }
            return endedEarly(proc.exitValue());
        } catch (IOException e) {
            return SandboxReport.error(Finding.SandboxFailed.Reason.NOT_STARTED, String.valueOf(e.getMessage()),
                    List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SandboxReport.error(Finding.SandboxFailed.Reason.INTERRUPTED, "", List.of());
        } finally {
            TempFolders.delete(job);
        }
    }

    /** A temporary folder holding the instrumented classes and the plan, as the explorer VM reads them. */
    static Path writeJob(Map<String, byte[]> classes, List<String[]> plan) throws IOException {
        Path job = TempFolders.create("sandbox");
        Path dir = Files.createDirectories(job.resolve("classes"));
        for (var e : classes.entrySet()) {
            Files.write(dir.resolve(e.getKey() + ".class"), e.getValue());
        }
        StringBuilder p = new StringBuilder();
        plan.forEach(step -> p.append(step[0]).append(' ').append(step[1]).append('\n'));
        Files.writeString(job.resolve("plan.txt"), p, StandardCharsets.UTF_8);
        return job;
    }

    /**
     * The explorer VM's command line, with the runtime module written into {@code job} and run as {@code main}: the
     * module (its main class), or module/class for another entry point (stepping).
     */
    static List<String> command(Path job, boolean free, String main) throws IOException {
        Path module = job.resolve("runtime.jar");
        RuntimeModule.write(module);
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
                "--add-opens", "java.base/java.util.concurrent=" + RuntimeModule.NAME,
                // java.lang.LiveStackFrame: a thread's locals, to prove a spin repeats (SpinProof)
                "--add-opens", "java.base/java.lang=" + RuntimeModule.NAME,
                "-Djava.awt.headless=true"));
        cmd.addAll(ShellOptions.LOCKED);
        // the JDK modules a class-path program sees (java.net.http, java.sql…), not only what java.base binds
        cmd.addAll(List.of("--add-modules", "ALL-DEFAULT", "--module-path", module.toString(), "-m", main));
        return cmd;
    }

    /** An explorer VM runs learner code for all its life. */
    static final class ExplorerVm implements LearnerVms.Vm {
        private final Process proc;
        private volatile long ended = Long.MIN_VALUE;

        ExplorerVm(Process proc) {
            this.proc = proc;
            proc.onExit().thenRun(() -> ended = System.nanoTime());
        }

        @Override
        public boolean runsLearnerCode() {
            return proc.isAlive();
        }

        @Override
        public boolean leftThreads() {
            return false; // they end with it
        }

        @Override
        public long lastRan() {
            return proc.isAlive() || ended == Long.MIN_VALUE ? System.nanoTime() : ended;
        }

        @Override
        public ProcessHandle process() {
            return proc.toHandle();
        }

        @Override
        public void kill() {
            proc.destroyForcibly();
        }
    }

    /** The text of {@code file} if the explorer sealed it for {@code purpose} with this run's key. */
    private static Optional<String> opened(byte[] key, String purpose, Path file) throws IOException {
        return Files.exists(file) ? ResultSeal.open(key, purpose, Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /**
     * The explorer VM ran learner code and ended (exit code 0–127: Runtime.halt, or an exit the sandbox does not
     * see) without a sealed result: whatever result file it left was not written by the explorer. The program
     * ended the check early, which is a failure, never a pass.
     */
    private static SandboxReport endedEarly(int exitCode) {
        return SandboxReport.unexplored(new Finding.EndedEarly(exitCode));
    }

    private static List<String> tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return lines.subList(Math.max(0, lines.size() - 15), lines.size());
    }

}

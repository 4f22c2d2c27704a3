package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.step.StepMain;
import dev.threadlings.eval.LearnerVms;
import dev.threadlings.eval.PidNamespace;
import dev.threadlings.eval.SourceMap;
import dev.threadlings.eval.TempFolders;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.ResultSeal;
import dev.threadlings.sandbox.runtime.StepCodec;
import dev.threadlings.sandbox.runtime.StepView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A program stepped by hand (threadlings step): an explorer VM in stepping mode ({@code StepMain}) that the host
 * asks, choice by choice, where the schedule is and what each choice on offer would do. Answers are sealed with a
 * key only this session knows; one that does not open, or a VM that went away, is a {@link StepException} — the
 * sandbox's problem, never a verdict on the program.
 */
public final class StepSession implements AutoCloseable {
    private static final String MAIN = RuntimeModule.NAME + "/" + StepMain.class.getName();

    private final Scenario scenario;
    private final SourceMap sources;
    private final Path job;
    private final Process proc;
    private final byte[] key;
    private final BufferedReader answers;
    private final OutputStream requests;

    private StepSession(Scenario scenario, SourceMap sources, Path job, Process proc, byte[] key) {
        this.scenario = scenario;
        this.sources = sources;
        this.job = job;
        this.proc = proc;
        this.key = key;
        this.answers = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8));
        this.requests = proc.getOutputStream();
    }

    /** Compiles and instruments the scenario and starts its VM; compile errors are a StepException with them. */
    public static StepSession start(Scenario scenario, ExploreSettings settings) throws StepException {
        CompiledScenario compiled = CompiledScenario.compile(scenario);
        if (!compiled.compiled()) {
            throw new StepException("the code does not compile", compiled.problems());
        }
        var instrumented = new Instrumenter(compiled.classes(), compiled.sources()).instrumentForStepping();
        Path job = null;
        try {
            job = ExplorerProcess.writeJob(instrumented, compiled.plan());
            List<String> cmd = new ArrayList<>(ExplorerProcess.command(job, false, MAIN));
            cmd.add(1, "-XX:+DisplayVMOutputToStderr"); // the VM's own warnings stay off the answers' channel
            byte[] key = ResultSeal.newKey();
            Process proc = new ProcessBuilder(PidNamespace.command(cmd))
                    .redirectError(job.resolve("explorer.log").toFile()).start();
            LearnerVms.add(new ExplorerProcess.ExplorerVm(proc));
            StepSession session = new StepSession(scenario, compiled.sources(), job, proc, key);
            List<String> input = new ArrayList<>(List.of(job.toString(), HexFormat.of().formatHex(key)));
            input.addAll(ExplorerCodec.encode(settings));
            session.send(String.join("\n", input) + "\n\n");
            return session;
        } catch (IOException e) {
            TempFolders.delete(job);
            throw new StepException("could not start the explorer: " + e.getMessage(), List.of());
        }
    }

    /** Where the schedule is after {@code choices}, and what each choice on offer there would do. */
    public StepView at(List<Integer> choices) throws StepException {
        try {
            send("step " + ExplorerCodec.choices(choices) + "\n");
            String text = ResultSeal.open(key, "step", frame()).orElseThrow(() -> new StepException(
                    "the explorer's answer was not sealed: the program wrote over the sandbox's channel", List.of()));
            if (text.startsWith("error\t")) {
                throw new StepException(text.substring(6).strip(), List.of());
            }
            // a finding's frames at the learner's lines
            return StepCodec.decode(text, f -> f.at(sources.locateClassLine(f.className(), f.line())));
        } catch (IOException | IllegalArgumentException e) {
            throw new StepException("the explorer stopped answering: " + e.getMessage(), List.of());
        }
    }

    /** The source text at a step's location ({@code Counter.java:6}), stripped; empty when unknown. */
    public String lineAt(String location) {
        return scenario.lineAt(location);
    }

    /** The lines of one answer: from the {@code frame} line to its seal line, whatever came before it. */
    private String frame() throws IOException, StepException {
        StringBuilder text = null;
        for (String line = answers.readLine(); line != null; line = answers.readLine()) {
            if (line.equals("frame")) {
                text = new StringBuilder();
            } else if (text != null) {
                text.append(line).append('\n');
                if (line.startsWith("seal\t")) {
                    return text.toString();
                }
            }
        }
        String log = job.resolve("explorer.log").toFile().exists()
                ? java.nio.file.Files.readString(job.resolve("explorer.log")).strip() : "";
        throw new StepException("the explorer VM ended without answering", log.isEmpty() ? List.of()
                : log.lines().limit(15).toList());
    }

    private void send(String text) throws IOException {
        requests.write(text.getBytes(StandardCharsets.UTF_8));
        requests.flush();
    }

    @Override
    public void close() {
        try {
            send("quit\n");
            requests.close();
        } catch (IOException e) {
            // the VM is gone already
        }
        proc.destroyForcibly();
        TempFolders.delete(job);
    }

    /** Stepping could not go on: the sandbox's own problem (or the code does not compile), with details. */
    public static final class StepException extends Exception {
        private final List<String> details;

        public StepException(String message, List<String> details) {
            super(message);
            this.details = List.copyOf(details);
        }

        public List<String> details() {
            return details;
        }
    }
}

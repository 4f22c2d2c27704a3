package dev.threadlings.sandbox.runtime.step;

import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.explore.ExplorerMain;
import dev.threadlings.sandbox.runtime.ResultSeal;
import dev.threadlings.sandbox.runtime.StepCodec;
import dev.threadlings.sandbox.runtime.StepView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The explorer VM in stepping mode (threadlings step): the host chooses who runs next. Standard input: the job
 * folder, the run's key (hex), the settings ({@code key=value} lines) and a blank line, as for {@link ExplorerMain};
 * then one request a line — {@code step CHOICES} (the dotted choices so far, possibly none) or {@code quit}. Each
 * answer goes to standard output as a line {@code frame}, then a {@link StepView} ({@link StepCodec}) or
 * {@code error<TAB>message}, sealed with the key ({@link ResultSeal}, purpose "step"): learner code runs in this VM,
 * writes nowhere near that channel (its System.out goes nowhere) and cannot forge an answer.
 */
public final class StepMain {
    private StepMain() {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream channel = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setIn(InputStream.nullInputStream());
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Path job = Path.of(in.readLine());
        byte[] key = HexFormat.of().parseHex(in.readLine());
        List<String> settings = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            settings.add(line);
        }
        Files.writeString(job.resolve("started.txt"), ResultSeal.seal(key, "started", ""));
        Stepper stepper = null;
        String problem = null;
        try {
            stepper = new Stepper(ExplorerMain.classes(job), ExplorerMain.plan(job),
                    ExplorerCodec.decodeSettings(settings));
        } catch (RuntimeException e) {
            problem = "the sandbox could not start stepping: " + e;
        }
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String text;
            if (problem != null) {
                text = "error\t" + ExplorerCodec.esc(problem) + "\n";
            } else if (!line.startsWith("step")) {
                text = "error\t" + ExplorerCodec.esc("not a request: " + line) + "\n";
            } else {
                try {
                    text = StepCodec.encode(stepper.at(ExplorerCodec.parseChoices(line.substring(4))));
                } catch (Throwable t) { // the sandbox failed, never a verdict on the program
                    text = "error\t" + ExplorerCodec.esc("the sandbox failed: " + t) + "\n";
                }
            }
            channel.print("frame\n" + ResultSeal.seal(key, "step", text));
            channel.flush();
        }
        Runtime.getRuntime().halt(0); // learner threads that never ended must not keep this VM alive
    }
}

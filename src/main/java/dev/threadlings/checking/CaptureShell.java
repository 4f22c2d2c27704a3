package dev.threadlings.checking;

import dev.threadlings.eval.OutputRoute;
import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.ShellOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A fresh learner VM whose output is captured, one piece of code at a time. */
final class CaptureShell implements AutoCloseable {
    private final RemoteShell shell;
    private final OutputRoute out;
    private final OutputRoute err;
    private Optional<ProcReadings> vmReadings; // found once: a search through the launcher's descendants
    private ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
    private ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();

    private CaptureShell(RemoteShell shell, OutputRoute out, OutputRoute err) {
        this.shell = shell;
        this.out = out;
        this.err = err;
    }

    /** Starts a VM; {@code preview}: with the JDK's preview features on. */
    static CaptureShell start(boolean preview) {
        OutputRoute out = new OutputRoute(OutputStream.nullOutputStream());
        OutputRoute err = new OutputRoute(OutputStream.nullOutputStream());
        RemoteShell shell = RemoteShell.start(new ShellOptions(out, err, InputStream.nullInputStream(), List.of(),
                preview));
        shell.warmUp();
        return new CaptureShell(shell, out, err);
    }

    RemoteShell shell() {
        return shell;
    }

    /** What /proc says of the learner VM, for its watchdogs; empty where it cannot say. */
    synchronized Optional<ProcReadings> vmReadings() {
        if (vmReadings == null) {
            vmReadings = ProcReadings.ofVm(shell.pid());
        }
        return vmReadings;
    }

    /** Starts a new capture; what was printed before is dropped. */
    void beginCapture() {
        outBuffer = new ByteArrayOutputStream();
        errBuffer = new ByteArrayOutputStream();
        out.switchTo(outBuffer);
        err.switchTo(errBuffer);
    }

    /** Ends the capture: output printed after this (by threads still running) is ignored. */
    void endCapture() {
        out.switchTo(OutputStream.nullOutputStream());
        err.switchTo(OutputStream.nullOutputStream());
    }

    String output() {
        return outBuffer.toString(StandardCharsets.UTF_8);
    }

    String errorOutput() {
        return errBuffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        shell.close();
    }
}

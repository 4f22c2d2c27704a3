package dev.threadlings.eval;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * How to start a learner VM: where its output goes, what it reads, and extra VM options (heap, class path).
 *
 * @param out       destination of the VM's System.out
 * @param err       destination of the VM's System.err
 * @param in        what the VM's System.in reads
 * @param vmOptions extra options for the learner VM
 */
public record ShellOptions(OutputStream out, OutputStream err, InputStream in, List<String> vmOptions) {

    /** Options every learner VM gets: a bounded heap, assertions on, no JIT warm-up games. */
    public static final List<String> BASE_VM_OPTIONS = List.of("-Xmx512m", "-ea", "-Xshare:auto",
            "-XX:+UseSerialGC", "-Djava.awt.headless=true");

    public ShellOptions {
        vmOptions = List.copyOf(vmOptions);
    }

    /** Output and error both to {@code out}; nothing to read. */
    public static ShellOptions to(OutputStream out) {
        return new ShellOptions(out, out, InputStream.nullInputStream(), List.of());
    }
}

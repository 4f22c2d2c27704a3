package dev.threadlings.eval;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * How to start a learner VM: where its output goes, what it reads, and extra VM options (heap, class path).
 *
 * @param out       destination of the VM's System.out
 * @param err       destination of the VM's System.err
 * @param in        what the VM's System.in reads
 * @param vmOptions extra options for the learner VM
 * @param preview   compile and run with the JDK's preview features ({@code --enable-preview}); only for course
 *                  content that says it needs them
 */
public record ShellOptions(OutputStream out, OutputStream err, InputStream in, List<String> vmOptions,
                           boolean preview) {

    /**
     * What learner code may not do in any VM that runs it (the JShell VM, the explorer VM): attach to a VM (its
     * own, the console, another grading VM) or load an agent into one, read or write memory through
     * {@code sun.misc.Unsafe}, or call native code through the FFM API (which could read this VM's memory, and with
     * it the explorer's per-run secret). JDWP, which the console uses to stop a snippet, is loaded at start-up, not
     * attached.
     */
    public static final List<String> LOCKED = List.of("-XX:+DisableAttachMechanism",
            "-XX:-EnableDynamicAgentLoading", "--sun-misc-unsafe-memory-access=deny", "--illegal-native-access=deny");

    /** Options every learner VM gets: a bounded heap, assertions on, no JIT warm-up games, and {@link #LOCKED}. */
    public static final List<String> BASE_VM_OPTIONS = Stream.concat(Stream.of("-Xmx512m", "-ea",
            "-Xshare:auto", "-XX:+UseSerialGC", "-Djava.awt.headless=true"), LOCKED.stream()).toList();

    public ShellOptions {
        vmOptions = List.copyOf(vmOptions);
    }

    /** Without preview features. */
    public ShellOptions(OutputStream out, OutputStream err, InputStream in, List<String> vmOptions) {
        this(out, err, in, vmOptions, false);
    }

    /** The same options, with preview features on or off. */
    public ShellOptions withPreview(boolean on) {
        return new ShellOptions(out, err, in, vmOptions, on);
    }

    /** Output and error both to {@code out}; nothing to read. */
    public static ShellOptions to(OutputStream out) {
        return new ShellOptions(out, out, InputStream.nullInputStream(), List.of());
    }
}

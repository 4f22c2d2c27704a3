package dev.threadlings.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs learner VMs in a PID namespace of their own (Linux's {@code unshare}, as an unprivileged user through a user
 * namespace that maps the user to itself): learner code then sees and can signal only its own VM and the processes
 * it started. Without it, {@code ProcessHandle.current().parent().get().destroy()} ended the console, and any process
 * of the user was one {@code kill} away. In the namespace a small {@code sh} is process 1: it has no handler for
 * SIGTERM, so a signal from inside to it is dropped, and it reaps the orphans of learner processes (a zombie would
 * still count as alive to {@code ProcessHandle.isAlive}). The console kills the VM by killing {@code unshare},
 * which takes its namespace down with it ({@code --kill-child}). Where user namespaces are not allowed (a
 * container's default seccomp profile, macOS), learner VMs start as before, and the console answers the signals
 * learner code can then send it ({@code app.TerminationSignals}; {@code check} and {@code sandbox} say "could not
 * check" and exit 2: {@code app.GraderSignals}). {@code -Dthreadlings.pidNamespace=off} starts them as
 * there, to try that answer on a machine that has namespaces.
 */
public final class PidNamespace {
    private static final List<String> OPTIONS = List.of("--user", "--map-current-user", "--pid", "--fork",
            "--kill-child", "--mount-proc");
    /** The switch that turns namespaces off ({@code off}), read once. */
    public static final String SWITCH = "threadlings.pidNamespace";

    private PidNamespace() {}

    /** The unshare program, when this system lets this process make a PID namespace; probed once per VM. */
    private static final class Probe {
        static final Optional<Path> UNSHARE = find();

        private static Optional<Path> find() {
            if ("off".equals(System.getProperty(SWITCH))) {
                return Optional.empty();
            }
            Optional<Path> unshare = List.of(Path.of("/usr/bin/unshare"), Path.of("/bin/unshare")).stream()
                    .filter(Files::isExecutable).findFirst();
            Path sh = Path.of("/bin/sh");
            return unshare.filter(u -> Files.isExecutable(sh) && works(u, sh));
        }
    }

    /** True when learner VMs run in a PID namespace of their own, so that learner code cannot signal this VM. */
    public static boolean available() {
        return Probe.UNSHARE.isPresent();
    }

    /**
     * {@code command} run in a namespace of its own where this system allows it: the explorer VM (learner code
     * under the sandbox) could end the console or the {@code check} command with
     * {@code ProcessHandle.current().parent().get().destroy()}. The command is the namespace's process 1, so it
     * has no parent to signal; its standard input is passed through.
     */
    public static List<String> command(List<String> command) {
        if (Probe.UNSHARE.isEmpty()) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of(Probe.UNSHARE.get().toString()));
        wrapped.addAll(OPTIONS);
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * The shell words that put a command in a namespace of its own (the command and its arguments follow, as
     * {@code "$0" "$@"} of the inner shell), or empty where this system cannot.
     */
    static Optional<String> prefix() {
        if (Probe.UNSHARE.isEmpty()) {
            return Optional.empty();
        }
        Path sh = Path.of("/bin/sh");
        // the VM cannot see the console from inside, so its own watch (RemoteAgent) cannot notice the console die;
        // the shell does: the console's end of its standard input closes when the console ends, however it ends
        return Optional.of(Probe.UNSHARE.get() + " " + String.join(" ", OPTIONS) + " " + sh + " -c 'exec 3<&0; "
                + "\"$0\" \"$@\" </dev/null & vm=$!; (cat <&3 >/dev/null; kill -KILL $vm) 2>/dev/null & wait $vm'");
    }

    /** Tries it once: a user namespace may exist in the kernel and still be refused to this process. */
    private static boolean works(Path unshare, Path sh) {
        try {
            List<String> probe = new java.util.ArrayList<>(List.of(unshare.toString()));
            probe.addAll(OPTIONS);
            probe.addAll(List.of(sh.toString(), "-c", "exit 0"));
            Process p = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

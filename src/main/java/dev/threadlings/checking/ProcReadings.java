package dev.threadlings.checking;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a learner VM's CPU time and its threads' states from Linux's /proc ({@code proc(5)}: {@code stat} and
 * {@code task/<tid>/stat}). The VM is started through {@code setsid} and, where the system allows it, {@code
 * unshare} and a small shell (eval.PidNamespace): the process JDI launched is then not the VM itself, so the VM is
 * found among its descendants as the process named {@code java}.
 */
final class ProcReadings {
    private static final Path PROC = Path.of("/proc");
    /** /proc counts CPU time in clock ticks of USER_HZ, which Linux's user-space ABI fixes at 100 a second. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Path stat;
    private final Path tasks;

    private ProcReadings(long pid) {
        Path dir = PROC.resolve(Long.toString(pid));
        this.stat = dir.resolve("stat");
        this.tasks = dir.resolve("task");
    }

    /**
     * The readings of the VM started as {@code launcherPid} (that process or one it started); empty where there is
     * no /proc or no such VM, and the caller falls back on wall time.
     */
    static Optional<ProcReadings> ofVm(long launcherPid) {
        if (launcherPid <= 0 || !Files.isDirectory(PROC.resolve("self"))) {
            return Optional.empty();
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(launcherPid);
        if (launcher.isEmpty()) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(launcher.get()), launcher.get().descendants())
                .filter(p -> "java".equals(name(p.pid()))).findFirst().map(p -> new ProcReadings(p.pid()));
    }

    /** What the VM is doing now; empty when it cannot be read (it has ended). */
    Optional<TimeLimit.VmLoad> read() {
        try {
            String[] fields = fieldsAfterName(Files.readString(stat));
            // utime and stime are fields 14 and 15 of stat; fieldsAfterName starts at field 3
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(new TimeLimit.VmLoad(ticks * NANOS_PER_TICK, allWaiting()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * True when every thread sleeps or waits: {@code S} (interruptible: a monitor, park, sleep, a socket) or
     * {@code D} (uninterruptible, on the disk). A thread that is running or waits for a core ({@code R}) or is
     * stopped ({@code T}: SIGSTOP, which is how a starved VM looks at its extreme) is not waiting on its own code.
     */
    private boolean allWaiting() throws IOException {
        boolean any = false;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                String state;
                try {
                    state = fieldsAfterName(Files.readString(task.resolve("stat")))[0];
                } catch (IOException e) {
                    continue; // the thread ended between the listing and the read
                }
                if (!state.equals("S") && !state.equals("D")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The process's name as stat gives it, or "" (it ended, or it is not ours to read). */
    private static String name(long pid) {
        try {
            String line = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The fields of a stat line from the third (the state) on: the name in parentheses may hold spaces. */
    private static String[] fieldsAfterName(String line) {
        return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    }
}

package dev.threadlings.checking;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a learner VM's CPU time and its threads' states from Linux's /proc ({@code proc(5)}: {@code stat} and
 * {@code task/<tid>/stat}), with the processes learner code started ({@code task/<tid>/children}, down to
 * {@link #DEPTH} levels): a VM that waits for a child process waits on work that child does, which a busy machine
 * slows like the VM's own. The VM is started through {@code setsid} and, where the system allows it, {@code
 * unshare} and a small shell (eval.PidNamespace): the process JDI launched is then not the VM itself, so the VM is
 * found among its descendants as the process named {@code java}.
 */
final class ProcReadings {
    private static final Path PROC = Path.of("/proc");
    /** /proc counts CPU time in clock ticks of USER_HZ, which Linux's user-space ABI fixes at 100 a second. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    /** How deep the processes learner code started are looked into (a shell that runs a command is two). */
    private static final int DEPTH = 3;
    /** At most this many processes are read per look: learner code that forks without end is its own slowness. */
    private static final int MOST_PROCESSES = 32;

    private final long pid;
    /** Whether the thread that reads is left out: a VM that reads itself ({@link #ofThisVm()}). */
    private final boolean leaveOutReader;

    private ProcReadings(long pid, boolean leaveOutReader) {
        this.pid = pid;
        this.leaveOutReader = leaveOutReader;
    }

    /**
     * The readings of the VM this code runs in (check code's {@link Within}, inside the learner VM), leaving out the
     * thread that reads: its CPU time and its state are the looking, not the learner's work, and a reader that
     * counted itself would never see every thread waiting. Empty where there is no /proc.
     */
    static Optional<ProcReadings> ofThisVm() {
        if (!Files.isDirectory(PROC.resolve("thread-self"))) {
            return Optional.empty();
        }
        return Optional.of(new ProcReadings(ProcessHandle.current().pid(), true));
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
                .filter(p -> "java".equals(name(p.pid()))).findFirst().map(p -> new ProcReadings(p.pid(), false));
    }

    /** What the VM and the processes it started are doing now; empty when the VM cannot be read (it ended). */
    Optional<TimeLimit.VmLoad> read() {
        Tally tally = new Tally();
        try {
            if (leaveOutReader) {
                // /proc/thread-self links to <pid>/task/<tid> of the thread that follows it
                tally.leftOut = Files.readSymbolicLink(PROC.resolve("thread-self")).getFileName().toString();
            }
            tally.add(pid, 0, true);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new TimeLimit.VmLoad(tally.ticks * NANOS_PER_TICK, tally.waiting && tally.threads > 0));
    }

    /** One look's sums over the VM and its child processes. */
    private static final class Tally {
        long ticks;
        int threads;
        int processes;
        boolean waiting = true;
        /** The task (thread id) of the VM itself that is not counted, or null. */
        String leftOut;

        /**
         * Adds a process: its CPU time with that of its children it has waited for (a child that ended still
         * counts), then each thread's state and the processes each thread started. Only the VM itself must be
         * readable: a child may end at any moment.
         */
        void add(long process, int depth, boolean mustRead) throws IOException {
            Path dir = PROC.resolve(Long.toString(process));
            String[] fields;
            try {
                fields = fieldsAfterName(Files.readString(dir.resolve("stat")));
            } catch (IOException e) {
                if (mustRead) {
                    throw e;
                }
                return;
            }
            // utime, stime, cutime, cstime are fields 14 to 17 of stat; fieldsAfterName starts at field 3
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            processes++;
            try (DirectoryStream<Path> all = Files.newDirectoryStream(dir.resolve("task"))) {
                for (Path task : all) {
                    if (depth == 0 && task.getFileName().toString().equals(leftOut)) {
                        leaveOut(task);
                    } else {
                        thread(task, depth);
                    }
                }
            } catch (IOException e) {
                if (mustRead) {
                    throw e;
                }
            }
        }

        /** Takes a thread's CPU time (utime, stime: fields 14 and 15) back out of its process's. */
        private void leaveOut(Path task) throws IOException {
            String[] fields = fieldsAfterName(Files.readString(task.resolve("stat")));
            ticks -= Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        /**
         * A thread sleeping or waiting: {@code S} (interruptible: a monitor, park, sleep, a socket) or {@code D}
         * (uninterruptible, on the disk). A thread that runs or waits for a core ({@code R}), or is stopped
         * ({@code T}: SIGSTOP, which is how a starved VM looks at its extreme), is not waiting on its own code; a
         * zombie ({@code Z}) is not a thread that runs.
         */
        private void thread(Path task, int depth) throws IOException {
            String state;
            try {
                state = fieldsAfterName(Files.readString(task.resolve("stat")))[0];
            } catch (IOException e) {
                return; // the thread ended between the listing and the read
            }
            if (state.equals("Z") || state.equals("X")) {
                return;
            }
            threads++;
            waiting &= state.equals("S") || state.equals("D");
            if (depth < DEPTH) {
                String children;
                try {
                    children = Files.readString(task.resolve("children")).trim();
                } catch (IOException e) {
                    return; // an older kernel: the VM alone is looked at
                }
                for (String child : children.isEmpty() ? new String[0] : children.split(" ")) {
                    if (processes < MOST_PROCESSES) {
                        add(Long.parseLong(child), depth + 1, false);
                    }
                }
            }
        }
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

package dev.threadlings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The CPU time a process and every process under it used, read from Linux's {@code /proc/<pid>/stat} while they
 * run. A {@code check} is a launcher script, the checking VM, JShell VMs and explorer VMs; the bench's own
 * children-times would miss a VM that its parent leaves to the init process at exit, so each process of the tree
 * is sampled itself (the most each one was seen to use: the last few milliseconds of a VM's life are not seen,
 * alike for every build compared). Wall clock is noise on a loaded machine; CPU time is the work done.
 */
final class TreeCpu {
    /** USER_HZ: the unit of /proc's times, 100 on every Linux the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;
    private static final long SAMPLE_MILLIS = 20;

    private final Map<Long, Long> ticks = new HashMap<>();

    /** True where /proc exists; elsewhere {@link #follow} measures nothing. */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    /**
     * Samples {@code process} and its descendants until it ends or {@code timeoutNanos} pass, then until the
     * processes it left behind end (at most {@code lingerMillis}). Returns false when the process did not end.
     */
    boolean follow(Process process, long timeoutNanos, long lingerMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            sample(process.toHandle());
            process.toHandle().descendants().forEach(this::sample);
            if (System.nanoTime() > deadline) {
                return false;
            }
        }
        long lingerEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        while (System.nanoTime() < lingerEnd) {
            boolean anyAlive = false;
            for (long pid : ticks.keySet().toArray(Long[]::new)) {
                anyAlive |= ProcessHandle.of(pid).map(h -> { sample(h); return h.isAlive(); }).orElse(false);
            }
            if (!anyAlive) {
                break;
            }
            Thread.sleep(SAMPLE_MILLIS);
        }
        return true;
    }

    /** The CPU seconds seen so far, summed over the tree. */
    double seconds() {
        return ticks.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND;
    }

    private void sample(ProcessHandle h) {
        read(h.pid()).ifPresent(t -> ticks.merge(h.pid(), t, Math::max));
    }

    /** utime + stime of one process (fields 14 and 15; the command name in field 2 may hold spaces). */
    static OptionalLong read(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(f[11]) + Long.parseLong(f[12]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // gone meanwhile, or not Linux
        }
    }
}

package dev.threadlings.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The temporary folders threadlings makes ({@code threadlings-<kind>-<pid>-<random>}) name the process that made
 * them, so that one left behind by a process that died (killed during a check, or {@code kill -9}) can be swept by
 * the next run: a folder whose process is gone is deleted; one whose process lives is never touched.
 */
public final class TempFolders {
    /** The kinds of folder, each a prefix after {@code threadlings-}. */
    public static final List<String> KINDS = List.of("java", "sandbox", "plain", "mutants", "bench");

    /** Folders of the old naming (no process id) are swept once they are this old. */
    private static final Duration UNNAMED_AGE = Duration.ofDays(1);

    private TempFolders() {}

    /** A new folder of {@code kind} in the temp folder, named after this process. */
    public static Path create(String kind) throws IOException {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a kind of temp folder: " + kind);
        }
        return Files.createTempDirectory(prefix(kind) + ProcessHandle.current().pid() + "-");
    }

    /** Deletes the folders in {@code tmp} whose process has ended; how many it deleted. */
    public static int sweep(Path tmp) {
        int swept = 0;
        try (Stream<Path> entries = Files.list(tmp)) {
            for (Path p : entries.filter(Files::isDirectory).toList()) {
                if (stale(p)) {
                    delete(p);
                    swept++;
                }
            }
        } catch (IOException e) {
            // an unreadable temp folder: nothing to sweep
        }
        return swept;
    }

    /** Sweeps the system's temp folder, in the background: a start-up must not wait for it. */
    public static void sweepInBackground() {
        Thread.ofVirtual().name("threadlings-sweep").start(
                () -> sweep(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    /** Deletes {@code dir} and everything in it, as far as it can. */
    public static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is swept by a later run
        }
    }

    static boolean stale(Path folder) {
        String name = folder.getFileName().toString();
        for (String kind : KINDS) {
            if (name.startsWith(prefix(kind))) {
                OptionalLong pid = pid(name.substring(prefix(kind).length()));
                return pid.isPresent() ? ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive).isEmpty()
                        : olderThan(folder, UNNAMED_AGE);
            }
        }
        return false;
    }

    private static String prefix(String kind) {
        return "threadlings-" + kind + "-";
    }

    private static OptionalLong pid(String rest) {
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean olderThan(Path p, Duration age) {
        try {
            FileTime modified = Files.getLastModifiedTime(p);
            return modified.toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}

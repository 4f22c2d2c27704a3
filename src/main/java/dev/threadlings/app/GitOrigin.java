package dev.threadlings.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which commit of the course a mutation run graded, and what the files it read had that the commit did not:
 * "commit `abc1234`, 2026-12-05 08:40 UTC", or "... with uncommitted changes to checks.md".
 *
 * <p>An exercise's report depends on its own folder (the solution, checks.md, the statement's settings) and on the
 * grader's sources, and on nothing else the working tree holds: another exercise's new variant, the exercise's own
 * {@code right/} and {@code wrong/} variants (a mutant run never grades them) and the reports the run writes must not
 * mark it. The tree is looked at when the run starts and again when it ends, both times against the commit it
 * started on, so an edit made (or a commit or rebase done) while the run grades is not missed either.
 */
final class GitOrigin {
    /** Where the grader's own sources are, relative to the course root, when the course is the program's repository. */
    private static final List<String> GRADER = List.of("src/main", "pom.xml");

    private final Path courseRoot;
    private final String commit;
    private final String shortCommit;
    private final String when;
    private final Set<String> changed = new TreeSet<>();
    private boolean unknown;

    private GitOrigin(Path courseRoot, String commit, String shortCommit, String when) {
        this.courseRoot = courseRoot.toAbsolutePath().normalize();
        this.commit = commit;
        this.shortCommit = shortCommit;
        this.when = when;
    }

    /** The commit checked out in {@code courseRoot} now, and what differs from it; empty outside git. */
    static Optional<GitOrigin> start(Path courseRoot) {
        String when = now();
        String commit = git(courseRoot, "rev-parse", "HEAD");
        String shortCommit = git(courseRoot, "rev-parse", "--short", "HEAD");
        if (commit == null || commit.isEmpty() || shortCommit == null) {
            return Optional.empty();
        }
        GitOrigin origin = new GitOrigin(courseRoot, commit, shortCommit, when);
        origin.look();
        return Optional.of(origin);
    }

    /** "2026-12-05 08:40 UTC". */
    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
    }

    /** Looks again, when the run is over: what changed while it graded counts as well. */
    void finish() {
        look();
    }

    // a translation (zh/hints.md) changes what a learner reads, never what the checks run
    private static boolean isTranslation(String path) {
        int slash = path.indexOf('/');
        return slash > 0 && dev.threadlings.course.Language.ofTag(path.substring(0, slash)).isPresent();
    }

    /** The origin line for the report of the exercise in {@code exerciseDir}. */
    String describe(Path exerciseDir) {
        String folder = slashed(courseRoot.relativize(exerciseDir.toAbsolutePath().normalize())) + "/";
        List<String> own = changed.stream().filter(p -> p.startsWith(folder))
                .map(p -> p.substring(folder.length()))
                .filter(p -> !p.equals("mutants.md") && !p.startsWith("right/") && !p.startsWith("wrong/"))
                .filter(p -> !isTranslation(p)).toList();
        List<String> grader = changed.stream().filter(p -> GRADER.stream()
                .anyMatch(g -> p.equals(g) || p.startsWith(g + "/"))).toList();
        List<String> parts = Stream.of(own.isEmpty() ? "" : "to " + named(own),
                grader.isEmpty() ? "" : "to the grader's sources (" + named(grader) + ")")
                .filter(s -> !s.isEmpty()).toList();
        String differs = unknown ? " (git could not say whether the working tree differs from it)"
                : parts.isEmpty() ? "" : " with changes that commit does not have, " + String.join(" and ", parts);
        return "commit `" + shortCommit + "`" + differs + ", " + when;
    }

    /** Adds every path under the exercises and the grader that differs from the start commit, new files included. */
    private void look() {
        List<String> specs = Stream.concat(Stream.of("exercises"), GRADER.stream()).toList();
        for (var command : List.of(List.of("diff", "--name-only", "--relative", commit, "--"),
                List.of("ls-files", "--others", "--exclude-standard", "--"))) {
            String out = git(courseRoot, concat(command, specs));
            if (out == null) {
                unknown = true;
            } else {
                changed.addAll(lines(out));
            }
        }
    }

    private static String named(List<String> paths) {
        return paths.size() <= 3 ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static List<String> lines(String out) {
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String[] concat(List<String> head, List<String> tail) {
        return Stream.concat(head.stream(), tail.stream()).toArray(String[]::new);
    }

    /** What git printed, or null when it failed or could not be started. */
    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

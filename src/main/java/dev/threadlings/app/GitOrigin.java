package dev.threadlings.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** "commit `abc1234`, 2026-12-05 08:40 UTC": which version of the course a generated report was made from. */
final class GitOrigin {
    private GitOrigin() {}

    static String describe(Path courseRoot) {
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + " UTC";
        String commit = git(courseRoot, "rev-parse", "--short", "HEAD");
        if (commit.isEmpty()) {
            return "a course outside git, " + when;
        }
        boolean dirty = !git(courseRoot, "status", "--porcelain", "--", "exercises", ":(exclude)exercises/*/mutants.md")
                .isEmpty();
        return "commit `" + commit + "`" + (dirty ? " with uncommitted changes to exercises" : "") + ", " + when;
    }

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
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

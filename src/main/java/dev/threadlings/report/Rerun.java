package dev.threadlings.report;

import dev.threadlings.grade.CheckResult;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two commands that bring a failing schedule back: one replays it (the same verdict, at once), one steps through
 * it (the step view, with {@code a} playing it). They are printed to be pasted into a shell: the file's absolute path,
 * every word quoted where the shell would split or expand it, and a command too wide for the screen broken between
 * words with a {@code \} (a wrapped line would paste as two commands).
 *
 * @param replay the replaying command's words
 * @param step   the stepping command's words (empty: none)
 */
public record Rerun(List<String> replay, List<String> step) {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    /**
     * What a pasted command needs beside its own arguments: the program as it can be called from where it is pasted
     * ({@code ./threadlings} in the course folder, the launcher's full path elsewhere), the course folder when the
     * program would not find it by itself, the language when it is not the one the shell would pick.
     */
    public record Launch(String program, Optional<Path> course, Optional<String> lang) {
        public static final Launch PLAIN = new Launch("threadlings", Optional.empty(), Optional.empty());

        /**
         * The launch of this process's own program, from the current folder: the launcher names its folder
         * ({@code -Dthreadlings.home}), which is where the program looks for the course first; {@code course} is
         * the course this run uses (empty: a command that needs none), {@code lang} a language to say (empty: the
         * shell's).
         */
        public static Launch here(Optional<Path> course, Optional<String> lang) {
            Path cwd = Path.of("").toAbsolutePath().normalize();
            Optional<Path> home = Optional.ofNullable(System.getProperty("threadlings.home"))
                    .map(h -> Path.of(h).toAbsolutePath().normalize());
            String program = home.filter(h -> Files.isExecutable(h.resolve("threadlings")))
                    .map(h -> h.equals(cwd) ? "./threadlings" : h.resolve("threadlings").toString())
                    .orElse("threadlings");
            Path found = home.filter(h -> Files.isDirectory(h.resolve("exercises"))).orElse(cwd);
            return new Launch(program, course.map(c -> c.toAbsolutePath().normalize()).filter(c -> !c.equals(found)),
                    lang);
        }

        List<String> options() {
            List<String> out = new ArrayList<>();
            course.ifPresent(c -> out.addAll(List.of("--course", c.toAbsolutePath().normalize().toString())));
            lang.ifPresent(l -> out.addAll(List.of("--lang", l)));
            return out;
        }
    }

    public Rerun {
        replay = List.copyOf(replay);
        step = List.copyOf(step);
    }

    /** A program's schedule ({@code threadlings sandbox FILE}): replayed by the sandbox, stepped by step. */
    public static Rerun ofProgram(Launch launch, Path file, String schedule) {
        String path = file.toAbsolutePath().normalize().toString();
        return new Rerun(words("sandbox", List.of(path, "--replay", schedule), launch),
                words("step", List.of(path, "--replay", schedule), launch));
    }

    /**
     * An exercise's explored check, number {@code check} (from 1, in the exercise's order), on the learner's file:
     * {@code threadlings check ID --file F --check N --replay S} and {@code threadlings step --exercise ID …}.
     */
    public static Rerun ofCheck(Launch launch, String exercise, int check, Path file, String schedule) {
        List<String> which = List.of("--file", file.toAbsolutePath().normalize().toString(), "--check",
                Integer.toString(check), "--replay", schedule);
        List<String> replaying = new ArrayList<>(List.of(exercise));
        replaying.addAll(which);
        List<String> stepping = new ArrayList<>(List.of("--exercise", exercise));
        stepping.addAll(which);
        return new Rerun(words("check", replaying, launch), words("step", stepping, launch));
    }

    /**
     * The reruns of an exercise's failed checks on {@code file}: a check that the sandbox failed on a schedule it
     * can replay (not a free run, whose real threads have no schedule); {@code checks} are the exercise's check
     * names in order, which number them.
     */
    public static Function<CheckResult.Failed, Optional<Rerun>> ofChecks(Launch launch, String exercise,
                                                                        List<String> checks, Path file) {
        return f -> f.explored().filter(r -> r.failed() && !r.freeRun()).flatMap(r -> {
            int n = checks.indexOf(f.name());
            return n < 0 ? Optional.empty()
                    : Optional.of(ofCheck(launch, exercise, n + 1, file, r.replayArgument()));
        });
    }

    private static List<String> words(String command, List<String> arguments, Launch launch) {
        List<String> out = new ArrayList<>(List.of(launch.program(), command));
        out.addAll(arguments);
        out.addAll(launch.options());
        return out;
    }

    /** The replaying command on one line, quoted for a shell (JSON's {@code replayCommand}). */
    public String replayCommand() {
        return line(replay);
    }

    /** The stepping command on one line ("" when there is none). */
    public String stepCommand() {
        return line(step);
    }

    /**
     * The commands under their labels ({@code sandbox.replay}, {@code sandbox.step}), {@code indent} spaces in, in
     * at most {@code width} columns where the words allow: a label and its command share a line when they fit,
     * else the command goes under the label, broken before an option with {@code \} at the end of each line.
     */
    public List<Styled> lines(int width, String indent, Messages text) {
        List<Styled> out = new ArrayList<>();
        labelled(out, "sandbox.replay", replay, width, indent, text);
        labelled(out, "sandbox.step", step, width, indent, text);
        return out;
    }

    private static void labelled(List<Styled> out, String key, List<String> words, int width, String indent,
                                 Messages text) {
        if (words.isEmpty()) {
            return;
        }
        String together = indent + text.get(key, line(words));
        if (Columns.width(together) <= width) {
            out.add(new Styled(together, Styled.Look.CODE));
            return;
        }
        out.add(new Styled(indent + text.get(key, "").stripTrailing(), Styled.Look.DIM));
        broken(words, width, indent + "  ").forEach(l -> out.add(new Styled(l, Styled.Look.CODE)));
    }

    /**
     * The command in lines of at most {@code width} columns (a word wider than that stands alone), each but the last
     * ending in {@code \}; an option stays with its value unless the two do not fit on a line together.
     */
    static List<String> broken(List<String> words, int width, String indent) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean value = i > 0 && words.get(i - 1).startsWith("--") && !w.startsWith("--");
            if (!value) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(quoted(w));
        }
        List<String> out = new ArrayList<>();
        String more = indent + "  ";
        for (int g = 0; g < groups.size(); g++) { // an option and its value too wide for a line: a line each
            List<String> group = groups.get(g);
            if (group.size() > 1 && Columns.width(more + String.join(" ", group) + " \\") > width) {
                groups.remove(g);
                for (int w = group.size() - 1; w >= 0; w--) {
                    groups.add(g, List.of(group.get(w)));
                }
            }
        }
        StringBuilder line = new StringBuilder(indent);
        for (List<String> group : groups) {
            String g = String.join(" ", group);
            boolean first = line.length() == indent.length() && out.isEmpty();
            if (!first && Columns.width(line + " " + g + " \\") > width) {
                out.add(line + " \\");
                line = new StringBuilder(more);
            } else if (!first) {
                line.append(' ');
            }
            line.append(g);
        }
        out.add(line.toString());
        return out;
    }

    private static String line(List<String> words) {
        return words.stream().map(Rerun::quoted).collect(Collectors.joining(" "));
    }

    /** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

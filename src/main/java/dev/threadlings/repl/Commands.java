package dev.threadlings.repl;

import dev.threadlings.course.Suggestions;
import dev.threadlings.repl.command.*;
import java.util.List;
import java.util.Optional;

/** The console's commands, in /help order. Register a new command with one line here. */
public final class Commands {
    public static final List<Command> ALL = List.of(
            new HelpCommand(),
            new LessonsCommand(),
            new LessonCommand(),
            new NextCommand(),
            new PrevCommand(),
            new RunCommand(),
            new ExercisesCommand(),
            new ExerciseCommand(),
            new CheckCommand(),
            new WatchCommand(),
            new EditCommand(),
            new HintCommand(),
            new SolutionCommand(),
            new ProgressCommand(),
            new LangCommand(),
            new VarsCommand(),
            new MethodsCommand(),
            new TypesCommand(),
            new ImportsCommand(),
            new ResetCommand(),
            new ResetExerciseCommand(),
            new ResetProgressCommand(),
            new ExitCommand());

    private Commands() {}

    /** The command with this name, or the only one it is a prefix of (like jshell: /ex is ambiguous, /les is not). */
    public static Optional<Command> find(String name) {
        Optional<Command> exact = ALL.stream().filter(c -> c.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Command> prefixed = ALL.stream().filter(c -> c.name().startsWith(name)).toList();
        return prefixed.size() == 1 && !name.isEmpty() ? Optional.of(prefixed.getFirst()) : Optional.empty();
    }

    /** What to tell a learner who typed an unknown command. */
    public static String unknown(String name) {
        List<String> prefixed = ALL.stream().map(Command::name).filter(n -> n.startsWith(name)).toList();
        if (prefixed.size() > 1 && !name.isEmpty()) {
            return "/" + name + " could be " + String.join(", ", prefixed.stream().map(n -> "/" + n).toList())
                    + " — type more of it.";
        }
        return "no such command: /" + name + Suggestions.closest(name, ALL.stream().map(Command::name).toList())
                .map(n -> " — did you mean /" + n + "?").orElse(" — type /help to see them all.");
    }
}

package dev.threadlings.repl;

import dev.threadlings.course.Suggestions;
import dev.threadlings.repl.command.*;
import dev.threadlings.text.Messages;
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
            new StepCommand(),
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
    public static String unknown(String name, Messages text) {
        List<String> prefixed = ALL.stream().map(Command::name).filter(n -> n.startsWith(name)).toList();
        if (prefixed.size() > 1 && !name.isEmpty()) {
            return text.get("command.ambiguous", name, String.join(", ", prefixed.stream().map(n -> "/" + n).toList()));
        }
        return Suggestions.closest(name, ALL.stream().map(Command::name).toList())
                .map(n -> text.get("command.unknown.closest", name, n)).orElse(text.get("command.unknown", name));
    }
}

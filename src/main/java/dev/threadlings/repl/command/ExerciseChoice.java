package dev.threadlings.repl.command;

import dev.threadlings.course.Suggestions;
import dev.threadlings.course.Exercise;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;
import java.util.Optional;

/** Which exercise a command is about: the one named, else the current one; explains when there is none. */
final class ExerciseChoice {
    private ExerciseChoice() {}

    static Optional<Exercise> of(Session session, String args, String commandName) {
        if (!args.isEmpty()) {
            Optional<Exercise> named = session.course().exercise(args);
            if (named.isEmpty()) {
                session.screen().println(session.text("choice.no-exercise", args, didYouMean(session, args, ids(session))),
                        Screen.WARN);
            }
            return named;
        }
        Optional<Exercise> current = session.currentExercise();
        if (current.isEmpty()) {
            session.screen().println(session.text("choice.none-open", commandName), Screen.WARN);
        }
        return current;
    }

    /** " (did you mean 'x'?)" in the session's language, or nothing when no known id is close. */
    static String didYouMean(Session session, String wrong, List<String> known) {
        return Suggestions.closest(wrong, known).map(id -> session.text("choice.did-you-mean", id)).orElse("");
    }

    static List<String> ids(Session session) {
        return session.course().exercises().stream().map(Exercise::id).toList();
    }

    /** The exercise after this one in course order that is not passed yet. */
    static Optional<Exercise> nextOpen(Session session, Exercise after) {
        List<Exercise> all = orderedExercises(session);
        int i = all.indexOf(after);
        return all.stream().skip(i + 1).filter(e -> !session.progress().passed(e.id())).findFirst()
                .or(() -> all.stream().filter(e -> !session.progress().passed(e.id())).findFirst());
    }

    /** Exercises in lesson order, then in each lesson's listed order. */
    static List<Exercise> orderedExercises(Session session) {
        return session.course().lessons().stream().flatMap(l -> session.course().exercisesOf(l).stream()).toList();
    }
}

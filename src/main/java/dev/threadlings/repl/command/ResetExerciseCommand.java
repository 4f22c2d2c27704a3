package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** /reset-exercise [id]: the starter file back and the exercise's progress cleared, the old file kept aside. */
public final class ResetExerciseCommand implements Command {
    @Override
    public String name() {
        return "reset-exercise";
    }

    @Override
    public String arguments() {
        return "[id]";
    }

    @Override
    public String summary() {
        return "start an exercise over: its starter file back (yours kept as a backup), its progress cleared";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return ExerciseChoice.ids(session);
    }

    @Override
    public void run(Session session, String args) throws IOException {
        Optional<Exercise> chosen = ExerciseChoice.of(session, args, name());
        if (chosen.isEmpty()) {
            return;
        }
        Exercise e = chosen.get();
        Screen screen = session.screen();
        Path file = session.work().fileOf(e);
        if (!session.confirm(session.text("reset-exercise.ask", e.id(), file.getFileName()))) {
            screen.println(session.text("reset.nothing-changed"), Screen.INFO);
            return;
        }
        Optional<Path> kept = session.work().restoreStarter(e, LocalDateTime.now());
        session.update(p -> p.withoutExercise(e.id()).withCurrentExercise(e.id()));
        kept.ifPresent(b -> screen.println(session.text("reset-exercise.kept", b), Screen.INFO));
        screen.println(session.text("reset-exercise.done", e.id(), file),
                Screen.INFO);
    }
}

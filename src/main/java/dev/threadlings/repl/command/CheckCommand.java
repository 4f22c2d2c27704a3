package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;
import dev.threadlings.repl.Screen;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** /check [id]: grade the learner's file. */
public final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String arguments() {
        return "[id]";
    }

    @Override
    public String summary() {
        return "check your solution of the current exercise";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return ExerciseChoice.ids(session);
    }

    @Override
    public void run(Session session, String args) throws IOException {
        var e = ExerciseChoice.of(session, args, name());
        if (e.isPresent()) {
            if (!args.isEmpty()) {
                session.update(p -> p.withCurrentExercise(e.get().id()));
            }
            if (e.get().challenge() && !Files.exists(session.work().submissionOf(e.get()))) {
                // nothing stepped yet: say how a challenge is done, and count no try
                session.screen().println(session.text("grade.no-schedule"), Screen.INFO);
                return;
            }
            CheckFlow.run(session, e.get());
        }
    }
}

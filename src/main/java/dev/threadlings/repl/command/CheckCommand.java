package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;
import java.io.IOException;
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
            CheckFlow.run(session, e.get());
        }
    }
}

package dev.threadlings.repl.command;

import dev.threadlings.course.Lesson;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;
import java.util.Optional;

/** /lesson id|n. */
public final class LessonCommand implements Command {
    @Override
    public String name() {
        return "lesson";
    }

    @Override
    public String arguments() {
        return "<id|n>";
    }

    @Override
    public String summary() {
        return "read a lesson (no argument: the current one again)";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return session.course().lessons().stream().map(Lesson::id).toList();
    }

    @Override
    public void run(Session session, String args) {
        Optional<Lesson> lesson = args.isEmpty()
                ? session.currentLesson().or(() -> session.course().lessons().stream().findFirst())
                : session.course().lesson(args);
        lesson.ifPresentOrElse(l -> LessonView.show(session, l), () -> session.screen().println(
                session.text("choice.no-lesson", args,
                        ExerciseChoice.didYouMean(session, args, argumentCandidates(session))), Screen.WARN));
    }
}

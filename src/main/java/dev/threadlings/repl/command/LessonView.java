package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.markdown.MarkdownRenderer;
import dev.threadlings.markdown.RenderOptions;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** Shows a lesson: rendered Markdown through the pager, then what to do next. Marks it read and current. */
final class LessonView {
    private LessonView() {}

    static void show(Session session, Lesson lesson) {
        Screen screen = session.screen();
        var doc = new MarkdownRenderer(new RenderOptions(screen.width(), screen.color(), session.messages()))
                .render(lesson.markdown());
        List<AttributedString> lines = new ArrayList<>(doc.lines());
        lines.add(AttributedString.EMPTY);
        int n = session.course().lessons().indexOf(lesson) + 1;
        lines.addAll(screen.wrapped(session.text("lesson.position", n, session.course().lessons().size(),
                lesson.title()), Screen.DIM));
        if (!lesson.codeBlocks().isEmpty()) {
            int blocks = lesson.codeBlocks().size();
            lines.addAll(screen.wrapped(blocks == 1 ? session.text("lesson.run.one")
                    : session.text("lesson.run.many", blocks), Screen.INFO));
        }
        List<Exercise> exercises = session.course().exercisesOf(lesson);
        if (!exercises.isEmpty()) {
            lines.addAll(screen.wrapped(session.text("lesson.exercises", String.join(", ", exercises.stream()
                    .map(e -> (session.progress().passed(e.id()) ? "✔ " : "") + e.id()).toList()),
                    exercises.getFirst().id()), Screen.INFO));
        }
        lines.addAll(screen.wrapped(session.text("lesson.next"), Screen.DIM));
        screen.page(lines);
        session.update(p -> p.withRead(lesson.id()).withCurrentLesson(lesson.id()));
        session.useShellFor(lesson);
    }

    /** The lesson the learner is on, or the first one. */
    static int currentIndex(Session session) {
        return session.currentLesson().map(l -> session.course().lessons().indexOf(l)).orElse(-1);
    }
}

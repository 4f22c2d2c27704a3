package dev.threadlings.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.threadlings.course.Course;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.progress.Progress;
import dev.threadlings.progress.ProgressStore;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code threadlings list}: lessons and exercises with the learner's state, as text or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the lessons and exercises, with what you have done.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() {
        var opened = CourseOpening.open(root.course, root.language(), System.err);
        if (opened.isEmpty()) {
            return 2;
        }
        Course course = opened.get();
        // picocli's writer, as check's: System.out falls back to ASCII where the locale is not installed (???)
        java.io.PrintWriter out = spec.commandLine().getOut();
        var loaded = new ProgressStore(root.progressFile()).load();
        loaded.warning().ifPresent(w -> System.err.println("threadlings: " + w));
        Progress p = loaded.progress();
        if (json) {
            out.println(json(course, p));
            out.flush();
            return CourseOpening.exitCode(course, 0, System.err);
        }
        Messages text = root.messages();
        List<String> states = List.of(text.get("list.passed"), text.get("list.tried"), text.get("list.pending"));
        int stateWidth = states.stream().mapToInt(Columns::width).max().orElse(0) + 1;
        for (int i = 0; i < course.lessons().size(); i++) {
            Lesson l = course.lessons().get(i);
            out.printf("%2d  %-28s %s%s%n", i + 1, l.id(), l.title(),
                    p.readLessons().contains(l.id()) ? "  " + text.get("list.read") : "");
            for (Exercise e : course.exercisesOf(l)) {
                String state = states.get(p.passed(e.id()) ? 0 : p.failures(e.id()) > 0 ? 1 : 2);
                out.printf("      %-26s %s%s%n", e.id(), Columns.fill(state, stateWidth), e.title());
            }
        }
        out.flush();
        return CourseOpening.exitCode(course, 0, System.err);
    }

    static String json(Course course, Progress p) {
        JsonArray lessons = new JsonArray();
        for (Lesson l : course.lessons()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", l.id());
            o.addProperty("title", l.title());
            o.addProperty("read", p.readLessons().contains(l.id()));
            JsonArray ex = new JsonArray();
            for (Exercise e : course.exercisesOf(l)) {
                JsonObject x = new JsonObject();
                x.addProperty("id", e.id());
                x.addProperty("title", e.title());
                x.addProperty("kind", e.challenge() ? "challenge" : "exercise"); // what the learner hands in
                x.addProperty("passed", p.passed(e.id()));
                x.addProperty("failedChecks", p.failures(e.id()));
                ex.add(x);
            }
            o.add("exercises", ex);
            lessons.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("lessons", lessons);
        JsonArray problems = new JsonArray();
        course.problems().forEach(pr -> problems.add(pr.toString()));
        root.add("problems", problems);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }
}

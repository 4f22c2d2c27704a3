package dev.threadlings.app;

import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Language;
import dev.threadlings.text.Messages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Finds and loads the course, telling the user plainly when there is none or when parts of it are broken. */
final class CourseOpening {
    private CourseOpening() {}

    /**
     * The course in {@code language} (its translations where they load, English elsewhere), or empty after printing
     * why there is none. Problems are printed, not fatal.
     */
    static Optional<Course> open(Path explicit, Language language, PrintStream err) {
        Optional<Path> root = Places.findCourse(explicit);
        if (root.isEmpty() || !Places.isCourse(root.get())) {
            Messages text = new Messages(language.locale());
            err.println(root.map(p -> text.get("cli.no-course-at", p)).orElse(text.get("cli.no-course")));
            return Optional.empty();
        }
        Course course = CourseLoader.load(root.get(), language);
        if (!course.problems().isEmpty()) {
            err.println(new Messages(language.locale()).get("cli.course-problems", course.problems().size()));
            course.problems().forEach(p -> err.println("  " + p));
        }
        return Optional.of(course);
    }

    /**
     * {@code exit}, or 2 when the course has problems: whatever else went well, a course command run on a broken
     * course must not let a course author's CI pass it (the problems were printed when it was opened).
     */
    static int exitCode(Course course, int exit, PrintStream err) {
        if (course.problems().isEmpty() || exit >= 2) {
            return exit;
        }
        err.println("threadlings: exit 2: the course has " + course.problems().size() + " problem"
                + (course.problems().size() == 1 ? "" : "s") + " (listed first)");
        return 2;
    }
}

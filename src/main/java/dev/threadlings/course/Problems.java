package dev.threadlings.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects {@link CourseProblem}s while a course loads. Readers compare {@link #count()} before and after reading
 * an item to know whether it is broken, so they can report every problem in it instead of stopping at the first.
 */
final class Problems {

    private final Path root;
    private final List<CourseProblem> problems = new ArrayList<>();

    Problems(Path root) {
        this.root = root;
    }

    void add(Path file, int line, String message) {
        problems.add(new CourseProblem(relative(file), Math.max(0, line), message));
    }

    int count() {
        return problems.size();
    }

    List<CourseProblem> all() {
        return List.copyOf(problems);
    }

    /** A file as messages show it: relative to the course root, with {@code /}. */
    String show(Path file) {
        return relative(file).toString().replace('\\', '/');
    }

    private Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        // the root itself stays absolute: an empty relative path would print as nothing
        return absolute.startsWith(root) && !absolute.equals(root) ? root.relativize(absolute) : file;
    }
}

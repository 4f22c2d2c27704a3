package dev.threadlings.course;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with the course files, where it is, and what to do about it.
 *
 * @param file    the file, relative to the course root when it is inside it (resolve against {@link Course#root()}
 *                to open it)
 * @param line    1-based line; 0 when the problem is about the file as a whole (it could not be read)
 * @param message what is wrong, for a course author
 */
public record CourseProblem(Path file, int line, String message) {

    public CourseProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code lessons/02-x.md:7: message}, or {@code file: message} when there is no line; always with {@code /}. */
    @Override
    public String toString() {
        // forward slashes so messages (and tests) read the same on every OS
        String where = file.toString().replace('\\', '/');
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }
}

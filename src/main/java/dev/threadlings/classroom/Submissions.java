package dev.threadlings.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A class's hand-ins: one sub-folder per student in a folder, in name order; hidden folders ({@code .git}) skipped. */
public final class Submissions {
    private Submissions() {}

    /** The submissions in {@code folder}; an exception names the folder when it cannot be listed. */
    public static List<Submission> in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder (expected one sub-folder per student)");
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new Submission(p.getFileName().toString(), p))
                    .toList();
        }
    }
}

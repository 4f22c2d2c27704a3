package dev.threadlings.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of {@code exercises/<id>/wrong/} or {@code right/}: one per variant, each holding the exercise's file.
 * A folder without that file is a problem, because a variant the course test cannot find proves nothing.
 */
final class VariantFolders {

    private VariantFolders() {
    }

    /**
     * The variant folders under {@code exerciseDir/kind} that hold {@code fileName}, sorted; none when the folder
     * is missing.
     *
     * @param what how a problem names one variant: "a wrong solution", "a right solution"
     */
    static List<Path> list(Path exerciseDir, String kind, String fileName, String what, Problems problems) {
        Path top = exerciseDir.resolve(kind);
        if (!Files.isDirectory(top)) {
            return List.of();
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(top)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(top, 0, "cannot list the " + kind + " solutions: " + e.getMessage());
            return List.of();
        }
        List<Path> withFile = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isRegularFile(folder.resolve(fileName))) {
                withFile.add(folder);
            } else {
                problems.add(folder, 0, what + "'s folder must hold " + fileName + " (the exercise's file)");
            }
        }
        return List.copyOf(withFile);
    }
}

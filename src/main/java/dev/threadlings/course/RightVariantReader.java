package dev.threadlings.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;

/**
 * Reads {@code exercises/<id>/right/}: one folder per other correct solution, holding the learner's file and a
 * {@code why.md} that says in a sentence or two how it differs from the reference and why it is still correct.
 * Front matter is optional there (no key is read yet); a why.md without a body is a problem, because an
 * unexplained variant leaves the next author guessing what it was meant to prove.
 */
final class RightVariantReader {

    private RightVariantReader() {
    }

    static List<RightVariant> read(Path exerciseDir, String fileName, Problems problems) {
        List<RightVariant> variants = new ArrayList<>();
        for (Path folder : VariantFolders.list(exerciseDir, "right", fileName, "a right solution", problems)) {
            read(folder, folder.resolve(fileName), problems).ifPresent(variants::add);
        }
        return List.copyOf(variants);
    }

    private static Optional<RightVariant> read(Path folder, Path file, Problems problems) {
        Path why = folder.resolve(WrongVariant.WHY_FILE);
        if (!Files.isRegularFile(why)) {
            problems.add(folder, 0, "a right solution's folder must hold " + WrongVariant.WHY_FILE
                    + ": a sentence or two on how it differs from the reference and why it is still correct");
            return Optional.empty();
        }
        Optional<SourceFile> source = SourceFile.read(why, true, problems);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int bodyStart = 1;
        if (source.get().document().getFirstChild() instanceof YamlFrontMatterBlock) {
            int before = problems.count();
            Optional<FrontMatter> fm = FrontMatter.read(source.get(), problems);
            if (fm.isEmpty() || problems.count() != before) {
                return Optional.empty();
            }
            bodyStart = fm.get().bodyStartLine();
        }
        String explanation = source.get().textFrom(bodyStart).strip();
        if (explanation.isEmpty()) {
            problems.add(why, bodyStart, "say in a sentence or two how this solution differs from the reference"
                    + " and why it is still correct");
            return Optional.empty();
        }
        return Optional.of(new RightVariant(folder.getFileName().toString(), file, explanation));
    }
}

package dev.threadlings.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code exercises/<id>/wrong/}: one folder per wrong solution, holding the learner's file and a
 * {@code why.md} whose front matter names the check that must reject it:
 * <pre>
 * ---
 * fails: two threads never lose an increment
 * as: data-race
 * ---
 * increment() is synchronized but get() is not: ...
 * </pre>
 * {@code fails} must be a check of the exercise; {@code as} (optional) is the failure class that check must report.
 */
final class WrongVariantReader {

    private WrongVariantReader() {
    }

    static List<WrongVariant> read(Path exerciseDir, String fileName, List<Check> checks, Problems problems) {
        List<WrongVariant> variants = new ArrayList<>();
        for (Path folder : VariantFolders.list(exerciseDir, "wrong", fileName, "a wrong solution", problems)) {
            read(folder, folder.resolve(fileName), checks, problems).ifPresent(variants::add);
        }
        return List.copyOf(variants);
    }

    private static Optional<WrongVariant> read(Path folder, Path file, List<Check> checks, Problems problems) {
        String name = folder.getFileName().toString();
        Path why = folder.resolve(WrongVariant.WHY_FILE);
        if (!Files.exists(why)) {
            return Optional.of(new WrongVariant(name, file, Optional.empty(), Optional.empty(), ""));
        }
        int before = problems.count();
        Optional<SourceFile> source = SourceFile.read(why, true, problems);
        Optional<FrontMatter> fm = source.flatMap(s -> FrontMatter.read(s, problems));
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> fails = fm.get().required("fails", "two threads never lose an increment", problems);
        Optional<String> as = fm.get().string("as", problems);
        fails.ifPresent(check -> {
            List<String> names = checks.stream().map(Check::name).toList();
            if (!names.contains(check)) {
                problems.add(why, fm.get().line("fails"), "`fails: " + check + "` is not a check of this exercise"
                        + Suggestions.didYouMean(check, names));
            }
        });
        if (problems.count() != before) {
            return Optional.empty();
        }
        String explanation = source.orElseThrow().textFrom(fm.get().bodyStartLine()).strip();
        return Optional.of(new WrongVariant(name, file, fails, as, explanation));
    }
}

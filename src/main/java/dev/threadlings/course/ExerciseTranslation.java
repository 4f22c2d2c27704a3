package dev.threadlings.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonmark.node.FencedCodeBlock;

/**
 * An exercise in another language, file by file: the statement and title ({@code zh/exercise.md}), the hints
 * ({@code zh/hints.md}) and the checks' names, failure messages and their code's assertion messages ({@code
 * zh/checks.md}, prose and a {@code messages} block: the code and expectations stay one copy in the English
 * checks.md, so a fix to a check is made once). Each file that is missing
 * or whose {@link Outline} differs from its original (reported) leaves that file's English.
 */
final class ExerciseTranslation {
    private static final String MESSAGES = "```" + Check.MESSAGES_FENCE;

    private ExerciseTranslation() {
    }

    static Exercise apply(Exercise exercise, Language language, Problems problems) {
        Path dir = exercise.dir();
        String title = exercise.title();
        String statement = exercise.statement();
        Optional<TranslationFile> text = agreeing(dir.resolve(ExerciseReader.EXERCISE_FILE), true, language, false,
                problems);
        if (text.isPresent()) {
            title = text.get().title().orElseThrow();
            statement = text.get().source().textFrom(text.get().bodyStartLine());
        }
        List<String> hints = agreeing(dir.resolve(ExerciseReader.HINTS_FILE), false, language, false, problems)
                .map(t -> HintsReader.read(t.source(), problems)).orElse(exercise.hints());
        List<Check> checks = agreeing(dir.resolve(ExerciseReader.CHECKS_FILE), false, language, true, problems)
                .flatMap(t -> checks(exercise.checks(), t, problems)).orElse(exercise.checks());
        List<WrongVariant> wrong = exercise.wrongVariants().stream()
                .map(w -> renamed(w, exercise.checks(), checks)).toList();
        return new Exercise(exercise.id(), title, exercise.lessonId(), dir, exercise.fileName(), statement, hints,
                exercise.solutionAfter(), checks, exercise.preview(), wrong, exercise.rightVariants());
    }

    // the translation of one file, if it exists and keeps its original's outline (checks.md: headings only)
    private static Optional<TranslationFile> agreeing(Path original, boolean titled, Language language,
                                                      boolean proseOnly, Problems problems) {
        Optional<TranslationFile> read = TranslationFile.read(original, language, titled, problems);
        if (read.isEmpty()) {
            return read;
        }
        SourceFile translated = read.get().source();
        Optional<SourceFile> english = SourceFile.read(original, titled, problems);
        if (english.isEmpty()) {
            return Optional.empty();
        }
        Outline outline = Outline.of(english.get());
        Outline translatedOutline = Outline.of(translated);
        if (proseOnly) {
            Optional<Outline.Mark> fence = translatedOutline.marks().stream().filter(Outline.Mark::isFence)
                    .filter(m -> !m.shape().equals(MESSAGES)).findFirst();
            if (fence.isPresent()) {
                problems.add(translated.path(), fence.get().line(), "a translation of checks.md holds only the"
                        + " checks' names, prose and `" + MESSAGES + "` blocks: the code and expectations stay in the"
                        + " English checks.md, one copy for every language");
                return Optional.empty();
            }
            outline = outline.headingsOnly();
            translatedOutline = translatedOutline.headingsOnly();
        }
        return outline.agrees(english.get(), translatedOutline, translated, problems) ? read : Optional.empty();
    }

    // the same checks with translated names and failure messages; the outline already matched their number
    private static Optional<List<Check>> checks(List<Check> english, TranslationFile translation, Problems problems) {
        SourceFile source = translation.source();
        List<Sections.Section> sections = Sections.split(source.document()).sections();
        if (sections.size() != english.size()) {
            return Optional.empty(); // a check that did not load: its English is reported already
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Sections.Section section = sections.get(i);
            if (section.title().isEmpty()) {
                problems.add(source.path(), section.line(), "a check needs a name after `## `");
                return Optional.empty();
            }
            Check check = english.get(i);
            String prose = section.blocks().stream().filter(n -> !(n instanceof FencedCodeBlock))
                    .map(n -> SourceFile.trimBlankLines(source.source(n))).collect(Collectors.joining("\n\n"));
            List<FencedCodeBlock> said = section.blocks().stream().filter(n -> n instanceof FencedCodeBlock)
                    .map(n -> (FencedCodeBlock) n).toList();
            if (said.size() > 1) {
                problems.add(source.path(), SourceFile.firstLine(said.get(1)), "a check gives its messages in one `"
                        + Check.MESSAGES_FENCE + "` block");
                return Optional.empty();
            }
            List<String> messages = said.isEmpty() ? List.of() : said.getFirst().getLiteral().lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            checks.add(new Check(section.title(), prose, check.file(), check.line(), check.code(),
                    check.expectations(), check.options(), messages));
        }
        return Optional.of(checks);
    }

    // a wrong variant names the check that rejects it; in a translation that check has the translated name
    private static WrongVariant renamed(WrongVariant variant, List<Check> english, List<Check> translated) {
        Optional<String> fails = variant.failsCheck().map(name -> {
            for (int i = 0; i < english.size(); i++) {
                if (english.get(i).name().equals(name)) {
                    return translated.get(i).name();
                }
            }
            return name;
        });
        return new WrongVariant(variant.name(), variant.file(), fails, variant.failsAs(), variant.explanation());
    }
}

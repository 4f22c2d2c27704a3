package dev.threadlings.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A translated file beside its English original ({@code lessons/zh/01-threads.md} for {@code lessons/01-threads.md},
 * {@code exercises/<id>/zh/hints.md} for {@code exercises/<id>/hints.md}): its parsed text, its title (lessons and
 * exercise.md, whose titles are translated) and the {@link SourceHash} of the English it was translated from.
 *
 * <p>The front matter holds only those two keys: ids, order, lists and file names belong to the original, so a
 * translation cannot disagree with it about them.
 *
 * @param source         the translation, parsed with front matter
 * @param title          the translated title; empty for files without one (hints.md, checks.md)
 * @param translatedFrom the English file's hash when it was translated (or last reviewed)
 * @param bodyStartLine  the first line after the front matter
 */
record TranslationFile(SourceFile source, Optional<String> title, String translatedFrom, int bodyStartLine) {

    /** The front matter key with the English source's hash. */
    static final String TRANSLATED_FROM = "translated-from";
    private static final String TITLE = "title";

    /** Where the translation of {@code original} into {@code language} is. */
    static Path pathOf(Path original, Language language) {
        return original.resolveSibling(language.tag()).resolve(original.getFileName());
    }

    /**
     * The translation of {@code original}, if there is one and its front matter is sound; a broken one is reported
     * and empty, so the caller keeps the English.
     *
     * @param titled whether the translation must have a {@code title} (lessons, exercise.md) or must not
     */
    static Optional<TranslationFile> read(Path original, Language language, boolean titled, Problems problems) {
        Path path = pathOf(original, language);
        if (language.isOriginal() || !Files.exists(path)) {
            return Optional.empty();
        }
        int before = problems.count();
        Optional<FrontMatter> frontMatter = SourceFile.read(path, true, problems)
                .flatMap(source -> FrontMatter.read(source, problems));
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = frontMatter.get();
        Set<String> allowed = titled ? Set.of(TITLE, TRANSLATED_FROM) : Set.of(TRANSLATED_FROM);
        for (String key : fm.keys()) {
            if (!allowed.contains(key)) {
                problems.add(path, fm.line(key), "`" + key + "` belongs to the English file, not its translation:"
                        + " a translation's front matter has only " + String.join(" and ", allowed.stream()
                        .sorted().map(k -> "`" + k + "`").toList()));
            }
        }
        Optional<String> title = titled ? fm.required(TITLE, "线程", problems) : Optional.empty();
        Optional<String> hash = fm.required(TRANSLATED_FROM, "0123456789ab (the hash the drift test prints)",
                problems);
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new TranslationFile(SourceFile.read(path, true, problems).orElseThrow(), title,
                hash.orElseThrow(), fm.bodyStartLine()));
    }

    Path path() {
        return source.path();
    }
}

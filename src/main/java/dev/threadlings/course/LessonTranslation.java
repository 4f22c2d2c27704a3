package dev.threadlings.course;

import java.util.Optional;

/**
 * A lesson in another language: the translation's title, prose and code blocks (their comments may be translated)
 * with the English lesson's id, order, exercises and requirements. A missing translation, or one whose
 * {@link Outline} differs from the English, leaves the English lesson (the latter reported).
 */
final class LessonTranslation {

    private LessonTranslation() {
    }

    static Lesson apply(Lesson lesson, Language language, Problems problems) {
        Optional<TranslationFile> read = TranslationFile.read(lesson.file(), language, true, problems);
        if (read.isEmpty()) {
            return lesson;
        }
        TranslationFile translation = read.get();
        Optional<SourceFile> english = SourceFile.read(lesson.file(), true, problems);
        if (english.isEmpty() || !Outline.of(english.get()).agrees(english.get(),
                Outline.of(translation.source()), translation.source(), problems)) {
            return lesson;
        }
        return new Lesson(lesson.id(), translation.title().orElseThrow(), lesson.order(), lesson.exercises(),
                lesson.requires(), translation.path(), translation.source().textFrom(translation.bodyStartLine()),
                LessonReader.codeBlocks(translation.source(), problems), lesson.preview());
    }
}

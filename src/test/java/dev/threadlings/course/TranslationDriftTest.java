package dev.threadlings.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation records the hash of the English it came from; an English edit shows up until it is re-marked. */
class TranslationDriftTest {

    @TempDir
    Path root;

    private String hashOf(String relative) throws IOException {
        return SourceHash.of(Files.readString(root.resolve(relative)));
    }

    private CourseFixture translated(String hash) {
        return new CourseFixture(root).write("exercises/hello/zh/exercise.md", """
                ---
                title: 你好
                translated-from: %s
                ---
                写出来。
                """.formatted(hash));
    }

    @Test
    void aTranslationOfTheCurrentEnglishIsInStep() throws IOException {
        CourseFixture.standard(root);
        translated(hashOf("exercises/hello/exercise.md"));

        assertEquals(List.of(), TranslationDrift.of(root, Language.ZH));
        assertEquals(List.of(root.resolve("exercises/hello/zh/exercise.md")),
                TranslationDrift.translations(root, Language.ZH));
    }

    @Test
    void anEnglishEditIsDriftNamingTheFileAndTheNewHash() throws IOException {
        CourseFixture.standard(root);
        translated(hashOf("exercises/hello/exercise.md"));
        String before = hashOf("exercises/hello/exercise.md");
        Files.writeString(root.resolve("exercises/hello/exercise.md"),
                Files.readString(root.resolve("exercises/hello/exercise.md")) + "One more sentence.\n");

        List<TranslationDrift.Drift> drifts = TranslationDrift.of(root, Language.ZH);
        assertEquals(1, drifts.size());
        TranslationDrift.Drift drift = drifts.getFirst();
        assertEquals(Optional.of(before), drift.recorded());
        String now = hashOf("exercises/hello/exercise.md");
        assertEquals("exercises/hello/zh/exercise.md: exercises/hello/exercise.md changed since it was translated"
                + " (recorded " + before + ", now " + now + "): update the translation to the English, then mark it"
                + " reviewed with `translated-from: " + now + "` in its front matter", drift.explain());

        translated(now); // re-marked
        assertEquals(List.of(), TranslationDrift.of(root, Language.ZH));
    }

    @Test
    void lineEndingsAreNotAChange() throws IOException {
        CourseFixture.standard(root);
        translated(hashOf("exercises/hello/exercise.md"));
        Files.writeString(root.resolve("exercises/hello/exercise.md"),
                Files.readString(root.resolve("exercises/hello/exercise.md")).replace("\n", "\r\n"));

        assertEquals(List.of(), TranslationDrift.of(root, Language.ZH));
    }

    @Test
    void aTranslationWithoutAnOriginalIsReported() throws IOException {
        CourseFixture.standard(root).write("lessons/zh/07-gone.md", "---\ntitle: 没了\ntranslated-from: 0123456789ab\n---\n");

        List<TranslationDrift.Drift> drifts = TranslationDrift.of(root, Language.ZH);
        assertEquals(1, drifts.size());
        assertTrue(drifts.getFirst().explain().contains("its original lessons/07-gone.md does not exist"),
                drifts.getFirst().explain());
    }
}

package dev.threadlings.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small helpers behind the loader, and the records' own guarantees. */
class CourseSupportTest {

    @Test
    void durations() {
        assertEquals(Optional.of(Duration.ofMillis(500)), Durations.parse("500ms"));
        assertEquals(Optional.of(Duration.ofSeconds(10)), Durations.parse("10s"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), Durations.parse("2m"));
        assertEquals(Optional.empty(), Durations.parse("10"));
        assertEquals(Optional.empty(), Durations.parse("1.5s"));
        assertEquals(Optional.empty(), Durations.parse("-1s"));
    }

    @Test
    void suggestionsOnlyForTypos() {
        assertEquals("output", Suggestions.closest("ouptut", List.of("java", "output", "holds")).orElseThrow());
        assertEquals(Optional.empty(), Suggestions.closest("explore", List.of("java", "output", "holds")));
        assertEquals("", Suggestions.didYouMean("xyz", List.of("threads")));
    }

    @Test
    void registryListsJavaFirstThenExpectationKinds() {
        assertEquals(List.of("java", "output", "holds", "explore", "review", "breaks"), ExpectationKinds.allKinds());
        assertEquals(Optional.empty(), ExpectationKinds.parser("java"));
    }

    @Test
    void recordsCopyTheirCollectionsAndKeepOptionOrder() {
        Map<String, String> options = new HashMap<>();
        options.put("zeta", "1");
        options.put("alpha", "2");
        Snippet snippet = new Snippet("x", 3, options);
        options.put("late", "3");
        assertEquals(2, snippet.options().size());
        assertThrows(UnsupportedOperationException.class, () -> snippet.options().put("a", "b"));

        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        ordered.put("strategy", "pct");
        ordered.put("budget", "2000");
        assertEquals(List.of("strategy", "budget"), List.copyOf(new Snippet("x", 1, ordered).options().keySet()));
    }

    @Test
    void exerciseFilesResolveAgainstItsFolder() {
        Exercise e = new Exercise("e", "E", "l", Path.of("/c/exercises/e"), "Main.java", "", List.of(), 3, List.of(),
                false, List.of(), List.of());
        assertEquals(Path.of("/c/exercises/e/Main.java"), e.starterFile());
        assertEquals(Path.of("/c/exercises/e/solution/Main.java"), e.solutionFile());
    }
}

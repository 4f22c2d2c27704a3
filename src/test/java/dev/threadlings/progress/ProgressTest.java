package dev.threadlings.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressTest {

    @Test
    void withMethodsReturnNewValuesAndLeaveTheOriginal() {
        Progress empty = Progress.empty();
        Progress p = empty.withPassed("threads-join").withFailure("counter").withFailure("counter")
                .withRead("threads").withCurrentLesson("locks").withCurrentExercise("counter");

        assertEquals(new Progress(Set.of(), Map.of(), Set.of(), Optional.empty(), Optional.empty()), empty);
        assertTrue(p.passed("threads-join"));
        assertFalse(p.passed("counter"));
        assertEquals(2, p.failures("counter"));
        assertEquals(0, p.failures("threads-join"));
        assertEquals(Set.of("threads"), p.readLessons());
        assertEquals(Optional.of("locks"), p.currentLesson());
        assertEquals(Optional.of("counter"), p.currentExercise());
    }

    @Test
    void collectionsAreSortedAndUnmodifiable() {
        Progress p = Progress.empty().withPassed("b").withPassed("a").withPassed("c");
        assertEquals(List.of("a", "b", "c"), List.copyOf(p.passedExercises()));
        assertThrows(UnsupportedOperationException.class, () -> p.passedExercises().add("d"));
        assertThrows(UnsupportedOperationException.class, () -> p.failedChecks().put("d", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a,b", "a b", "tab\there", "nul\0"})
    void idsThatTheFileCannotHoldAreRejected(String id) {
        assertThrows(IllegalArgumentException.class, () -> Progress.empty().withPassed(id));
        assertThrows(IllegalArgumentException.class, () -> Progress.empty().withCurrentLesson(id));
    }

    @Test
    void failureCountsMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new Progress(Set.of(), Map.of("x", 0), Set.of(), Optional.empty(), Optional.empty()));
    }
}

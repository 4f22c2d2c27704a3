package dev.threadlings.course;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review block: its fatal rules are read, and unknown or missing ones are problems at the fence's line. */
class ReviewExpectationTest {
    @TempDir
    Path dir;

    private FencedBlock block(Map<String, String> options, List<String> words) {
        return new FencedBlock(dir.resolve("checks.md"), 9, "review", words, options, "");
    }

    @Test
    void fatalRulesAreRead() {
        var e = (ReviewExpectation) ReviewExpectation.parse(
                block(Map.of("fatal", "unlock-outside-finally,wait-not-in-loop"), List.of()), new Problems(dir))
                .orElseThrow();
        assertEquals(List.of("unlock-outside-finally", "wait-not-in-loop"), e.fatal());
        assertEquals(9, e.line());
    }

    @Test
    void anUnknownRuleIsAProblemThatNamesTheKnownOnes() {
        Problems p = new Problems(dir);
        assertTrue(ReviewExpectation.parse(block(Map.of("fatal", "unlock-outside-finaly"), List.of()), p).isEmpty());
        assertEquals(1, p.count(), p.all().toString());
        assertEquals(9, p.all().getFirst().line());
        assertTrue(p.all().getFirst().message().contains("unlock-outside-finally"), p.all().toString());
    }

    @Test
    void withoutFatalRulesOrWithOtherOptionsItIsAProblem() {
        Problems p = new Problems(dir);
        assertTrue(ReviewExpectation.parse(block(Map.of(), List.of()), p).isEmpty());
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("fatal", "swallowed-interrupt");
        odd.put("advice", "all");
        assertTrue(ReviewExpectation.parse(block(odd, List.of("strict")), p).isEmpty());
        assertEquals(3, p.count(), p.all().toString());
    }

    @Test
    void theKindIsRegistered() {
        assertTrue(ExpectationKinds.parser("review").isPresent());
    }
}

package dev.threadlings.course;

import dev.threadlings.sandbox.runtime.Search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's check block: options parsed, defaults applied, bad values reported at the fence's line. */
class ExploreExpectationTest {
    @TempDir
    Path dir;

    private Problems problems() {
        return new Problems(dir);
    }

    private FencedBlock block(String info) {
        String[] tokens = info.split(" ");
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq < 0) {
                words.add(tokens[i]);
            } else {
                options.put(tokens[i].substring(0, eq), tokens[i].substring(eq + 1));
            }
        }
        return new FencedBlock(dir.resolve("checks.md"), 7, tokens[0], words, options, "");
    }

    @Test
    void defaults() {
        var e = (ExploreExpectation) ExploreExpectation.parse(block("explore"), problems()).orElseThrow();
        assertEquals(2000, e.budget());
        assertEquals(20, e.seconds());
        assertEquals(Search.AUTO, e.search());
        assertEquals(2, e.bound());
        assertEquals("none", e.expect());
        assertEquals(7, e.line());
    }

    @Test
    void optionsAreRead() {
        var e = (ExploreExpectation) ExploreExpectation.parse(
                block("explore budget=50 seconds=3 strategy=pct bound=1 expect=deadlock"), problems()).orElseThrow();
        assertEquals(50, e.budget());
        assertEquals(Search.PCT, e.search());
        assertEquals("deadlock", e.expect());
    }

    @Test
    void aFreeRunIsAStrategy() {
        Problems p = problems();
        var e = (ExploreExpectation) ExploreExpectation.parse(block("explore strategy=free seconds=15"), p)
                .orElseThrow();
        assertEquals(Search.FREE, e.search());
        assertEquals(15, e.seconds());
        assertEquals(0, p.count(), p.all().toString());
    }

    @Test
    void badValuesAreProblemsAtTheFence() {
        Problems p = problems();
        assertTrue(ExploreExpectation.parse(block("explore strategy=lucky expect=fine budget=-1"), p).isEmpty());
        assertEquals(3, p.count(), p.all().toString());
        assertTrue(p.all().stream().allMatch(x -> x.line() == 7), p.all().toString());
    }
}

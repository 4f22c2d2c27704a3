package dev.threadlings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    @Test
    void everyExpressionHasItsOwnSource() {
        Set<String> sources = new HashSet<>();
        IntStream.range(0, 100).forEach(i -> sources.add(Expressions.get(i).source()));
        assertEquals(100, sources.size());
    }

    @Test
    void resultPatternsMatchWhatJshellPrints() {
        assertTrue(Expressions.get(4).result().matcher("$3 ==> 8").find());
        assertTrue(Expressions.get(5).result().matcher("jshell> $12 ==> \"x5\"").find());
        assertTrue(Expressions.get(6).result().matcher("$1 ==> 7").find());
        assertTrue(Expressions.get(10).result().matcher("$1 ==> 10").find());
        assertTrue(Expressions.get(7).result().matcher("$9 ==> 2").find());
    }
}

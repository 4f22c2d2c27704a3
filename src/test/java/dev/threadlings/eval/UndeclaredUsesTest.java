package dev.threadlings.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** javac places what JShell only names: "variable cuont" is used on line 7, column 9. */
class UndeclaredUsesTest {
    private static final String COUNTER = """
            import java.util.concurrent.atomic.AtomicInteger;

            class Counter {
                private final AtomicInteger count = new AtomicInteger();

                void add(int delta) {
                    cuont.addAndGet(delta);
                    Helper.twice(delta);
                }

                int get() {
                    return cuont.get() + lenght();
                }
            }
            """;

    @Test
    void eachUseOfAMissingNameHasItsLineAndColumn() {
        List<UndeclaredUses.Use> uses = UndeclaredUses.in("Counter.java", COUNTER,
                Set.of("variable cuont", "class Helper", "method lenght()"));
        assertEquals(List.of("variable cuont@7", "class Helper@8", "variable cuont@12", "method lenght()@12"),
                uses.stream().map(u -> u.name() + "@" + u.line()).toList());
        UndeclaredUses.Use first = uses.getFirst();
        assertEquals("cuont", COUNTER.substring((int) first.start(), (int) first.end()));
    }

    @Test
    void aNameJShellResolvedIsNotReportedEvenIfJavacMissesItAlone() {
        // Helper is declared in another snippet of the course: only what JShell says is missing counts
        assertEquals(List.of("variable cuont@7", "variable cuont@12"),
                UndeclaredUses.in("Counter.java", COUNTER, Set.of("variable cuont")).stream()
                        .map(u -> u.name() + "@" + u.line()).toList());
    }

    @Test
    void textJavacCannotParseGivesNoPlaceRatherThanAWrongOne() {
        assertEquals(List.of(), UndeclaredUses.in("Broken.java", "class Broken { void f() { cuont++; ",
                Set.of("variable x")));
    }
}

package dev.threadlings.sandbox.runtime.race;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class VectorClockTest {
    @Test
    void joinTakesTheEntryWiseMaximumAndGrows() {
        VectorClock a = new VectorClock();
        a.set(0, 3);
        a.set(1, 1);
        VectorClock b = new VectorClock();
        b.set(1, 5);
        b.set(9, 2);
        a.join(b);
        assertEquals("[3, 5, 0, 0, 0, 0, 0, 0, 0, 2]", a.toString());
        assertEquals("[0, 5, 0, 0, 0, 0, 0, 0, 0, 2]", b.toString(), "the argument is unchanged");
    }

    @Test
    void orderIsEntryWise() {
        VectorClock a = new VectorClock();
        a.set(0, 1);
        VectorClock b = new VectorClock(a);
        b.tick(1);
        assertTrue(a.leq(b));
        assertFalse(b.leq(a));
        assertEquals(1, b.firstNotCovered(a));
        assertEquals(-1, a.firstNotCovered(b));
        VectorClock c = new VectorClock();
        c.set(2, 1);
        assertFalse(c.leq(b), "concurrent clocks are unordered");
        assertFalse(b.leq(c));
    }
}

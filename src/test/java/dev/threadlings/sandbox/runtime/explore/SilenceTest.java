package dev.threadlings.sandbox.runtime.explore;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.sandbox.runtime.explore.Silence.Activity;
import org.junit.jupiter.api.Test;

/**
 * A silent schedule is judged by what its threads do, never by how long the machine took: looks are counted and CPU
 * time is given by hand here, so each case is what a starved or a stuck VM would show, however slow the machine.
 */
class SilenceTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBatonNotYetTakenIsNeverStuckWhileTheVmGetsNoCpu() {
        Silence s = new Silence();
        for (int look = 0; look < 100_000; look++) {
            assertFalse(s.stuck(7, () -> Activity.HANDING_OVER, () -> 3 * SECOND)); // the system runs other processes
        }
    }

    @Test
    void aBatonNotYetTakenWhileTheVmSpendsASecondOfCpuIsStuck() {
        Silence s = new Silence();
        long[] cpu = {0};
        assertFalse(s.stuck(7, () -> fail("a step was just taken: no look"), () -> cpu[0]));
        assertFalse(s.stuck(7, () -> Activity.HANDING_OVER, () -> cpu[0])); // its CPU time is noted
        cpu[0] += SECOND - 1;
        assertFalse(s.stuck(7, () -> Activity.HANDING_OVER, () -> cpu[0]));
        cpu[0] += 1; // a thread that is not the schedule's holds the core (it swallowed an earlier schedule's end)
        assertTrue(s.stuck(7, () -> Activity.HANDING_OVER, () -> cpu[0]));
    }

    @Test
    void aRunningThreadThatGetsNoCpuIsNeverStuck() {
        Silence s = new Silence();
        for (int look = 0; look < 100_000; look++) {
            assertFalse(s.stuck(7, () -> Activity.RUNNING, () -> 3 * SECOND)); // a starved VM: its CPU time stands still
        }
    }

    @Test
    void aThreadRunningWithoutAStepIsStuckOnceTheVmSpentTenSecondsOfCpu() {
        Silence s = new Silence();
        long[] cpu = {5 * SECOND};
        assertFalse(s.stuck(7, () -> Activity.RUNNING, () -> cpu[0])); // the step count is new: noted
        assertFalse(s.stuck(7, () -> Activity.RUNNING, () -> cpu[0])); // the silence begins: its CPU time is noted
        for (int look = 1; look < 100; look++) {
            cpu[0] += SECOND / 10;
            assertFalse(s.stuck(7, () -> Activity.RUNNING, () -> cpu[0]), "look " + look);
        }
        cpu[0] += SECOND / 10;
        assertTrue(s.stuck(7, () -> Activity.RUNNING, () -> cpu[0]));
    }

    @Test
    void aStepStartsTheCountAgain() {
        Silence s = new Silence();
        long[] cpu = {0};
        s.stuck(7, () -> Activity.RUNNING, () -> cpu[0]);
        cpu[0] += 9 * SECOND;
        assertFalse(s.stuck(7, () -> Activity.RUNNING, () -> cpu[0]));
        assertFalse(s.stuck(8, () -> Activity.RUNNING, () -> cpu[0])); // a step: a thread reached a scheduling point
        cpu[0] += 9 * SECOND;
        assertFalse(s.stuck(8, () -> Activity.RUNNING, () -> cpu[0]));
        for (int look = 1; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(s.stuck(8, () -> Activity.BLOCKED, () -> 0));
        }
        assertFalse(s.stuck(9, () -> Activity.BLOCKED, () -> 0));
        assertFalse(s.stuck(9, () -> Activity.BLOCKED, () -> 0));
    }

    @Test
    void aThreadBlockedInUnmodelledCodeIsStuckAfterTwentyLooksInARow() {
        Silence s = new Silence();
        assertFalse(s.stuck(7, () -> Activity.BLOCKED, () -> 0)); // the first look only notes the steps
        for (int look = 1; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(s.stuck(7, () -> Activity.BLOCKED, () -> 0));
        }
        assertTrue(s.stuck(7, () -> Activity.BLOCKED, () -> 0));
    }

    @Test
    void aHandOverBetweenBlockedLooksStartsTheCountAgain() {
        Silence s = new Silence();
        for (int look = 0; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(s.stuck(7, () -> Activity.BLOCKED, () -> 0));
        }
        assertFalse(s.stuck(7, () -> Activity.HANDING_OVER, () -> 0));
        for (int look = 1; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(s.stuck(7, () -> Activity.BLOCKED, () -> 0));
        }
        assertTrue(s.stuck(7, () -> Activity.BLOCKED, () -> 0));
    }
}

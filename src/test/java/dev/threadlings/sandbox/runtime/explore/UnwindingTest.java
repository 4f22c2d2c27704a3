package dev.threadlings.sandbox.runtime.explore;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.sandbox.runtime.explore.Silence.Activity;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * After a schedule, a thread that has not ended yet is left behind only for what it does, never for how long the
 * machine took: looks and CPU time are given by hand, as a starved or a stuck VM would show them.
 */
class UnwindingTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aRunnableThreadIsNeverLeftBehindWhileTheVmGetsNoCpu() {
        Unwinding u = new Unwinding();
        for (int look = 0; look < 100_000; look++) {
            assertFalse(u.stuck(Activity.RUNNING, () -> 7 * SECOND)); // it waits for a core the system gives others
        }
    }

    @Test
    void aThreadThatGoesOnRunningIsLeftBehindOnceTheVmSpentASecondOfCpu() {
        Unwinding u = new Unwinding();
        long[] cpu = {2 * SECOND};
        assertFalse(u.stuck(Activity.RUNNING, () -> cpu[0])); // the CPU time is noted
        cpu[0] += SECOND - 1;
        assertFalse(u.stuck(Activity.RUNNING, () -> cpu[0]));
        cpu[0] += 1; // unwinding takes microseconds: this one swallowed the end and goes on
        assertTrue(u.stuck(Activity.RUNNING, () -> cpu[0]));
    }

    @Test
    void aBlockedThreadIsLeftBehindAfterTwentyLooksInARow() {
        Unwinding u = new Unwinding();
        for (int look = 1; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(u.stuck(Activity.BLOCKED, () -> fail("no CPU time is asked for a blocked thread")));
        }
        assertTrue(u.stuck(Activity.BLOCKED, () -> 0));
    }

    @Test
    void runningInBetweenStartsTheBlockedCountAgain() {
        Unwinding u = new Unwinding();
        for (int look = 1; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(u.stuck(Activity.BLOCKED, () -> 0));
        }
        assertFalse(u.stuck(Activity.RUNNING, () -> 0)); // it took a lock that another unwinding thread let go
        for (int look = 1; look < Silence.BLOCKED_LOOKS; look++) {
            assertFalse(u.stuck(Activity.BLOCKED, () -> 0), "look " + look);
        }
        assertTrue(u.stuck(Activity.BLOCKED, () -> 0));
    }

    @Test
    void aThreadThatEndsIsNotLeftBehindAndOneBlockedForEverIs() throws Exception {
        Thread ends = new Thread(() -> { });
        ends.start();
        assertFalse(Unwinding.leftBehind(ends));
        CountDownLatch never = new CountDownLatch(1);
        Thread blocked = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        blocked.setDaemon(true);
        blocked.start();
        try {
            assertTrue(Unwinding.leftBehind(blocked));
        } finally {
            blocked.interrupt();
        }
    }
}

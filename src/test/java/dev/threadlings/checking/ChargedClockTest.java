package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.checking.TimeLimit.VmLoad;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A check's own limit ({@link Within}) charges what {@link TimeLimit} charges, look by look, at the grain of its
 * looks (20 ms): the readings are given by hand, so each case is what a starved, a spinning or a waiting VM shows,
 * however slow the machine that runs the test.
 */
class ChargedClockTest {
    private static final long MS = 1_000_000L;
    private static final long GAP = 40 * MS;

    /** Looks every {@code every} ms; {@code cpuPerLook} more CPU each time, every thread waiting or not. */
    private static long run(ChargedClock clock, int looks, long every, long cpuPerLook, boolean waiting) {
        long charged = 0;
        for (int i = 0; i <= looks; i++) {
            charged = clock.look(i * every * MS, Optional.of(new VmLoad(i * cpuPerLook, waiting)));
        }
        return charged;
    }

    @Test
    void aVmWhoseThreadsAllWaitIsChargedTheWallTime() {
        // a serial solution: the lookup waits for a second lookup that only starts after it
        assertEquals(300 * MS, run(ChargedClock.byActivity(GAP), 15, 20, 0, true));
    }

    @Test
    void aStarvedVmIsChargedOnlyTheCpuItGot() {
        // a correct solution whose second thread is runnable and gets a tenth of a core
        assertEquals(30 * MS, run(ChargedClock.byActivity(GAP), 15, 20, 2 * MS, false));
        // none at all: a second of wall time, nothing charged
        assertEquals(0, run(ChargedClock.byActivity(GAP), 50, 20, 0, false));
    }

    @Test
    void aVmThatComputesIsChargedItsCpuButNeverMoreThanTheWallTime() {
        assertEquals(300 * MS, run(ChargedClock.byActivity(GAP), 15, 20, 20 * MS, false));
        assertEquals(300 * MS, run(ChargedClock.byActivity(GAP), 15, 20, 40 * MS, false)); // two cores busy
    }

    @Test
    void looksThatCameLateChargeAtMostTheGapForWaiting() {
        // the looker was starved: 200 ms between looks that both saw every thread waiting charge 40 ms each
        assertEquals(5 * GAP, run(ChargedClock.byActivity(GAP), 5, 200, 0, true));
    }

    @Test
    void oneLookThatSawARunnableThreadChargesOnlyCpuForItsPairs() {
        ChargedClock clock = ChargedClock.byActivity(GAP);
        clock.look(0, Optional.of(new VmLoad(0, true)));
        clock.look(20 * MS, Optional.of(new VmLoad(0, true)));   // waiting throughout: 20 ms
        clock.look(40 * MS, Optional.of(new VmLoad(0, false)));  // a thread became runnable: CPU only
        clock.look(60 * MS, Optional.of(new VmLoad(0, true)));   // CPU only
        assertEquals(40 * MS, clock.look(80 * MS, Optional.of(new VmLoad(0, true)))); // waiting again: 20 ms
        assertEquals(40 * MS, clock.charged());
    }

    @Test
    void aVmThatCouldNotBeReadChargesNothingForThatPair() {
        ChargedClock clock = ChargedClock.byActivity(GAP);
        clock.look(0, Optional.of(new VmLoad(0, true)));
        clock.look(20 * MS, Optional.empty());
        assertEquals(0, clock.look(40 * MS, Optional.of(new VmLoad(0, true))));
    }

    @Test
    void afterForgettingTheNextLookChargesNothingForTheTimeBefore() {
        ChargedClock clock = ChargedClock.byActivity(GAP);
        run(clock, 1, 20, 0, true);
        clock.forget();
        // the watch slept for ten seconds while nobody held a lease
        assertEquals(20 * MS, clock.look(10_000 * MS, Optional.of(new VmLoad(0, true))));
        assertEquals(40 * MS, clock.look(10_020 * MS, Optional.of(new VmLoad(0, true))));
    }

    @Test
    void withoutReadingsItIsWallTime() {
        ChargedClock clock = ChargedClock.wallClock();
        clock.look(0, Optional.empty());
        assertEquals(500 * MS, clock.look(500 * MS, Optional.empty()));
    }
}

package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.checking.TimeLimit.Look;
import dev.threadlings.checking.TimeLimit.State;
import dev.threadlings.checking.TimeLimit.VmLoad;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A time limit is judged by what the learner VM did, never by how long the machine took: the clock and /proc's
 * readings are given by hand here, so each case is what a starved, a spinning or a stuck VM would show, however
 * slow the machine that runs the test.
 */
class TimeLimitTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** Looks every 200 ms while a snippet runs; {@code cpuPerLook} CPU each time, every thread waiting or not. */
    private static State run(TimeLimit limit, int looks, long cpuPerLook, boolean waiting) {
        State s = State.RUNS;
        for (int i = 0; i <= looks && s == State.RUNS; i++) {
            s = limit.look(new Look(i * 200 * MS, true, Optional.of(new VmLoad(i * cpuPerLook, waiting))));
        }
        return s;
    }

    private static int looksUntilDecided(TimeLimit limit, long cpuPerLook, boolean waiting) {
        for (int i = 0; i < 10_000; i++) {
            State s = limit.look(new Look(i * 200 * MS, true, Optional.of(new VmLoad(i * cpuPerLook, waiting))));
            if (s != State.RUNS) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aVmThatSpinsTimesOutOnceItSpentTheLimitInCpu() {
        assertEquals(State.RUNS, run(TimeLimit.byActivity(LIMIT, 0), 9, 200 * MS, false));
        assertEquals(State.TIMED_OUT, run(TimeLimit.byActivity(LIMIT, 0), 10, 200 * MS, false));
    }

    @Test
    void aVmWhoseThreadsAllWaitTimesOutOnceTheyWaitedTheLimit() {
        // a deadlock: every thread S, no CPU
        assertEquals(State.RUNS, run(TimeLimit.byActivity(LIMIT, 0), 9, 0, true));
        assertEquals(State.TIMED_OUT, run(TimeLimit.byActivity(LIMIT, 0), 10, 0, true));
    }

    @Test
    void aStarvedVmIsNeverTimedOutButTheMachineIsTooBusyPastFourTimesTheLimit() {
        // runnable threads that get no core (or a SIGSTOPped VM): no CPU, not waiting
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        assertEquals(State.RUNS, run(limit, 39, 0, false));
        assertEquals(State.MACHINE_BUSY, limit.look(new Look(40 * 200 * MS, true,
                Optional.of(new VmLoad(0, false)))));
        assertEquals(Duration.ZERO, limit.charged());
    }

    @Test
    void aVmThatSpinsWithATenthOfACoreStillTimesOutAfterTenTimesTheLimit() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        assertEquals(100, looksUntilDecided(limit, 20 * MS, false)); // 20 s by the clock
        assertEquals(Duration.ofSeconds(2), limit.charged());
    }

    @Test
    void aVmThatGetsLessThanATwentiethOfACoreIsStarvedBeyondMeasureAtFourTimesTheLimit() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        assertEquals(40, looksUntilDecided(limit, 9 * MS, false));
        assertEquals(State.MACHINE_BUSY, limit.look(new Look(41 * 200 * MS, true,
                Optional.of(new VmLoad(41 * 9 * MS, false)))));
    }

    @Test
    void aVmThatGetsALittleMoreThanATwentiethOfACoreIsWaitedForUntilItTimesOut() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        assertEquals(182, looksUntilDecided(limit, 11 * MS, false)); // 36.4 s by the clock
        assertEquals(State.TIMED_OUT, limit.look(new Look(183 * 200 * MS, true,
                Optional.of(new VmLoad(183 * 11 * MS, false)))));
    }

    @Test
    void aVmThatGetsAFifthOfACoreIsChargedOnlyWhatItGot() {
        // a correct snippet that needs 1.5 s of CPU, on a machine that gives it 20 %: 7.5 s by the clock
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        assertEquals(State.RUNS, run(limit, 37, 40 * MS, false));
        assertEquals(Duration.ofMillis(37 * 40), limit.charged());
    }

    @Test
    void twoBusyCoresDoNotSpendTheLimitTwiceAsFast() {
        assertEquals(10, looksUntilDecided(TimeLimit.byActivity(LIMIT, 0), 400 * MS, false));
    }

    @Test
    void theHostCompilingIsNotTheLearnersTimeButTheMachineIsTooBusyOnceItPassesTheSlack() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        long host = 4 * LIMIT.toNanos() + TimeLimit.HOST_SLACK;
        for (long t = 0; t < host; t += 200 * MS) { // no snippet under way: the VM waits, the host compiles
            assertEquals(State.RUNS, limit.look(new Look(t, false, Optional.of(new VmLoad(0, true)))));
        }
        assertEquals(State.MACHINE_BUSY, limit.look(new Look(host, false, Optional.of(new VmLoad(0, true)))));
        assertEquals(Duration.ZERO, limit.charged());
    }

    @Test
    void looksThatComeLateChargeAWaitingVmOnlyTheGapTheyMeantToLeave() {
        // the host was starved for 5 s between two looks that both saw the VM waiting (it may have been waiting
        // for a core in between): only 400 ms of it is charged
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        limit.look(new Look(0, true, Optional.of(new VmLoad(0, true))));
        assertEquals(State.RUNS, limit.look(new Look(5 * SECOND, true, Optional.of(new VmLoad(10 * MS, true)))));
        assertEquals(Duration.ofNanos(TimeLimit.LOOK_GAP_NANOS), limit.charged());
    }

    @Test
    void cpuSpentBetweenLateLooksCountsInFull() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        limit.look(new Look(0, true, Optional.of(new VmLoad(0, false))));
        assertEquals(State.TIMED_OUT, limit.look(new Look(5 * SECOND, true,
                Optional.of(new VmLoad(3 * SECOND, false)))));
    }

    @Test
    void aWaitThatEndsOrBeginsBetweenTwoLooksChargesOnlyTheCpu() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        limit.look(new Look(0, true, Optional.of(new VmLoad(0, true))));
        limit.look(new Look(200 * MS, true, Optional.of(new VmLoad(5 * MS, false))));
        limit.look(new Look(400 * MS, true, Optional.of(new VmLoad(10 * MS, true))));
        assertEquals(Duration.ofMillis(10), limit.charged());
    }

    @Test
    void aVmThatCannotBeReadIsChargedNothing() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        for (int i = 0; i < 39; i++) {
            assertEquals(State.RUNS, limit.look(new Look(i * 200 * MS, true, Optional.empty())));
        }
        assertEquals(Duration.ZERO, limit.charged());
    }

    @Test
    void withoutProcTheLimitIsWallTimeAsBefore() {
        TimeLimit limit = TimeLimit.wallClock(LIMIT, 0);
        assertEquals(State.RUNS, limit.look(new Look(LIMIT.toNanos() - 1, false, Optional.empty())));
        assertEquals(State.TIMED_OUT, limit.look(new Look(LIMIT.toNanos(), false, Optional.empty())));
    }

    @Test
    void aDecisionStays() {
        TimeLimit limit = TimeLimit.byActivity(LIMIT, 0);
        assertEquals(State.TIMED_OUT, run(limit, 10, 200 * MS, false));
        assertEquals(State.TIMED_OUT, limit.look(new Look(100 * SECOND, true, Optional.of(new VmLoad(0, false)))));
    }
}

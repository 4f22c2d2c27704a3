package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.grade.CheckResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wrong variant's proof runs its checks through the one its why.md names. A thread's death that shows up in an
 * earlier check (when depends on timing: a loop that dies on its way out of an unjoined close()) must not end the
 * run before the named check, or the proof would depend on that timing.
 */
class CheckPlanTest {

    private static CheckResult.Failed failed(String name, String kind) {
        return new CheckResult.Failed(name, "", "", List.of(), kind);
    }

    @Test
    void throughANamedCheckGoesOnPastEarlierFailuresOfAnyKind() {
        CheckPlan plan = CheckPlan.through("close() waits for the loop thread");
        assertFalse(plan.stopAfter().test(failed("one client gets its line back", "thread-died")));
        assertFalse(plan.stopAfter().test(failed("one client gets its line back", "holds")));
        assertTrue(plan.stopAfter().test(failed("close() waits for the loop thread", "holds")));
        assertTrue(plan.stopAfter().test(new CheckResult.Passed("close() waits for the loop thread")));
    }

    @Test
    void untilTheFirstFailureStopsAtADeathToo() {
        assertTrue(CheckPlan.UNTIL_FIRST_FAILURE.stopAfter().test(failed("any", "thread-died")));
        assertFalse(CheckPlan.UNTIL_FIRST_FAILURE.stopAfter().test(new CheckResult.Passed("any")));
    }
}

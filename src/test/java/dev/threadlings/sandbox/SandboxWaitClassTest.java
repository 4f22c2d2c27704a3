package dev.threadlings.sandbox;

import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Threads that wait for ever are told apart by what happened to the signal: sent before the wait or to another
 * waiter, an unpark wasted (a lost wake-up, and the report says which), or never sent at all — no notify, no
 * unpark, a latch or barrier no thread is left to open (a deadlock to a learner).
 */
class SandboxWaitClassTest {
    private static SandboxReport explore(String corpusFile) throws IOException {
        Path f = SandboxCorpusTest.CORPUS.resolve(corpusFile);
        return Sandbox.explore(ProgramScenario.of(f.getFileName().toString(), Files.readString(f)),
                ExploreSettings.defaults());
    }

    @Test
    void aNotifyBeforeTheWaitIsALostWakeUpThatSaysWhere() throws IOException {
        SandboxReport r = explore("buggy/LostWakeupNotifyBeforeWait.java");
        assertEquals(SandboxOutcome.LOST_WAKEUP, r.outcome());
        assertTrue(SandboxText.message(r).matches(".*: the notify\\(\\) at LostWakeupNotifyBeforeWait\\.java:19 by T\\d came "
                + "before T\\d's wait\\(\\)"), SandboxText.message(r));
    }

    @Test
    void aNotifyThatWokeAnotherWaiterIsALostWakeUpToTheWrongWaiter() throws IOException {
        SandboxReport r = explore("buggy/ProducerConsumerNotify.java");
        assertEquals(SandboxOutcome.LOST_WAKEUP, r.outcome());
        assertTrue(SandboxText.details(r).stream().anyMatch(d -> d.matches(".*the notify\\(\\) at ProducerConsumerNotify\\.java:"
                + "\\d+ by T\\d woke another waiter, not T\\d")), () -> String.join("\n", SandboxText.details(r)));
    }

    @Test
    void waitingForANotifyThatNobodyEverSendsIsADeadlock() throws IOException {
        SandboxReport r = explore("buggy/WaitForEachOther.java");
        assertEquals(SandboxOutcome.DEADLOCK, r.outcome());
        assertTrue(SandboxText.message(r).endsWith("they wait for a notify or signal that no thread ever sends"), SandboxText.message(r));
        assertEquals(2, SandboxText.details(r).stream().filter(d -> d.contains("no thread ever sent a notify or signal on it"))
                .count(), () -> String.join("\n", SandboxText.details(r)));
    }

    @Test
    void anUnparkBeforeTheThreadStartedIsALostWakeUpThatSaysWhere() throws IOException {
        SandboxReport r = explore("buggy/UnparkBeforeStart.java");
        assertEquals(SandboxOutcome.LOST_WAKEUP, r.outcome());
        assertTrue(SandboxText.message(r).endsWith(": the unpark at UnparkBeforeStart.java:11 by main came before the thread "
                + "started (an unpark of a thread not yet started has no effect)"), SandboxText.message(r));
    }

    @Test
    void anUnparkWhileThePermitWasThereIsALostWakeUp() throws IOException {
        SandboxReport r = explore("buggy/UnparkTwiceParkTwice.java");
        assertEquals(SandboxOutcome.LOST_WAKEUP, r.outcome());
        assertTrue(SandboxText.message(r).endsWith("came while its permit was already there (permits do not add up)"),
                SandboxText.message(r));
    }

    @Test
    void aParkThatNoThreadEverUnparksIsADeadlock() throws IOException {
        SandboxReport r = explore("buggy/ParkBeforeRegistering.java");
        assertEquals(SandboxOutcome.DEADLOCK, r.outcome());
        assertTrue(SandboxText.details(r).stream().anyMatch(d -> d.contains("parks (LockSupport.park) and no thread is left to "
                + "unpark it")), () -> String.join("\n", SandboxText.details(r)));
    }

    @Test
    void aBarrierNoThreadIsLeftToOpenIsADeadlockThatSaysSo() throws IOException {
        SandboxReport r = explore("buggy/PhaserTooManyParties.java");
        assertEquals(SandboxOutcome.DEADLOCK, r.outcome());
        assertTrue(SandboxText.message(r).endsWith(": no thread is left to release what they wait for"), SandboxText.message(r));
    }
}

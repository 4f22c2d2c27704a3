package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * CountDownLatch in learner code. The real latch keeps its count: counting down never blocks, so it runs for real
 * (even through a method reference the instrumentation cannot see); only await is modelled — the thread waits in
 * the scheduler until the real count lets it through — and reaching zero hands over what the counters did.
 */
public final class CountDownLatchModel {
    private CountDownLatchModel() {}

    public static void countDown(CountDownLatch latch, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, "countDown " + Names.of(latch) + " → " + Math.max(0, latch.getCount() - 1),
                    loc);
            RunningSchedule.scheduler().released(self, latch);
        }
        latch.countDown();
    }

    public static void awaitLatch(CountDownLatch latch, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            latch.await();
            return;
        }
        RunningSchedule.scheduler().point(self, Phrase.LATCH_AWAIT.with(Names.of(latch), latch.getCount()), loc);
        if (InterruptModel.seen()) {
            throw new InterruptedException(); // as the JDK's await() does, even at count 0
        }
        RunningSchedule.scheduler().block(self, new Wait.ForCount(latch, "CountDownLatch.await()", () -> latch.getCount() == 0));
        if (latch.getCount() != 0 && InterruptModel.seen()) {
            throw new InterruptedException();
        }
        RunningSchedule.scheduler().acquired(self, latch);
    }

    public static boolean awaitLatchTimed(CountDownLatch latch, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return latch.await(time, unit);
        }
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();      // as the JDK's await(time, unit) does, even at count 0
        }
        s.point(self, Phrase.LATCH_AWAIT_TIMED.with(Names.of(latch), latch.getCount()), loc);
        s.block(self, new Wait.Until(latch, "CountDownLatch.await(timeout)",
                s.deadlineIn(time, unit), () -> latch.getCount() == 0));
        if (latch.getCount() == 0) {
            s.acquired(self, latch);
            return true;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();      // interrupted while it waited: a throw, not a timeout
        }
        return false;
    }
}

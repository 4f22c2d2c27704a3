package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * CyclicBarrier in learner code, modelled: arrivals are counted in shadow state, the last arriving thread runs
 * the barrier action (read from the real barrier) and opens the next generation; the others wait in the
 * scheduler, never inside the JDK.
 */
public final class CyclicBarrierModel {
    private static final class State {
        int arrived;
        int generation;
    }

    private static final ScheduleLocal<Map<CyclicBarrier, State>> STATES = new ScheduleLocal<>(IdentityHashMap::new);

    private CyclicBarrierModel() {}

    public static int await(CyclicBarrier barrier, String loc) throws InterruptedException, BrokenBarrierException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return barrier.await();
        }
        Scheduler s = RunningSchedule.scheduler();
        State st = STATES.get().computeIfAbsent(barrier, b -> new State());
        int parties = barrier.getParties();
        s.point(self, Phrase.BARRIER_AWAIT.with(Names.of(barrier), st.arrived + 1, parties), loc);
        int index = parties - 1 - st.arrived;
        st.arrived++;
        s.released(self, barrier);
        if (st.arrived == parties) {
            s.acquired(self, barrier);
            Runnable action = actionOf(barrier);
            if (action != null) {
                action.run();
                // the action happens-before every return from this generation's await(): the waiters acquire
                // the barrier after this, so what the action read and wrote is ordered before their next writes
                s.released(self, barrier);
            }
            st.arrived = 0;
            st.generation++;
            return 0;
        }
        int generation = st.generation;
        s.block(self, new Wait.ForCount(barrier, "CyclicBarrier.await()", () -> st.generation != generation));
        if (st.generation == generation && InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.acquired(self, barrier);
        return index;
    }

    /** getNumberWaiting(): the arrivals of the current generation, which wait in the scheduler, not in the JDK. */
    public static int numberWaiting(CyclicBarrier barrier) {
        if (RunningSchedule.slot() == null) {
            return barrier.getNumberWaiting();
        }
        State st = STATES.get().get(barrier);
        return st == null ? 0 : st.arrived;
    }

    /** The barrier action the learner gave the constructor, if any. */
    private static Runnable actionOf(CyclicBarrier barrier) {
        try {
            Field f = CyclicBarrier.class.getDeclaredField("barrierCommand");
            f.setAccessible(true);
            return (Runnable) f.get(barrier);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // without --add-opens the action cannot be found; the barrier still opens
        }
    }
}

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * CyclicBarrier in learner code, modelled as its javadoc says: arrivals are counted in shadow state, the last
 * arriving thread runs the barrier action (read from the real barrier) and opens the next generation; the others
 * wait in the scheduler, never inside the JDK. A waiter interrupted or timed out, an action that throws, or
 * reset() breaks the generation: every waiter of it and every later arrival gets BrokenBarrierException until
 * reset() starts a new one. Every call holds the JDK's barrier lock, so each return — a broken one too — sees what
 * the threads that opened or broke the generation did before.
 */
public final class CyclicBarrierModel {
    /** The JDK's Generation: the arrivals that one trip (or one break) lets go. */
    private static final class Generation {
        boolean broken;
    }

    private static final class State {
        int arrived;
        Generation generation = new Generation();
    }

    private static final ScheduleLocal<Map<CyclicBarrier, State>> STATES = new ScheduleLocal<>(IdentityHashMap::new);

    private CyclicBarrierModel() {}

    public static int await(CyclicBarrier barrier, String loc) throws InterruptedException, BrokenBarrierException {
        if (RunningSchedule.slot() == null) {
            return barrier.await();
        }
        try {
            return arrive(barrier, Long.MAX_VALUE, loc);
        } catch (TimeoutException e) {
            throw new IllegalStateException("an untimed barrier wait timed out", e);
        }
    }

    public static int awaitTimed(CyclicBarrier barrier, long timeout, TimeUnit unit, String loc)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        if (RunningSchedule.slot() == null) {
            return barrier.await(timeout, unit);
        }
        return arrive(barrier, Scheduler.timeoutMillis(timeout, unit), loc);
    }

    /** reset(): breaks the waiting generation (its waiters throw BrokenBarrierException) and starts a new one. */
    public static void reset(CyclicBarrier barrier, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            barrier.reset();
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, Names.of(barrier) + ".reset()", loc);
        s.acquired(self, barrier);
        State st = state(barrier);
        breakBarrier(s, self, barrier, st);
        st.generation = new Generation();
    }

    public static boolean isBroken(CyclicBarrier barrier, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return barrier.isBroken();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc, true);
        s.acquired(self, barrier);
        boolean broken = state(barrier).generation.broken;
        if (s.tracing) {
            s.note(self, Names.of(barrier) + ".isBroken() → " + broken, loc);
        }
        return broken;
    }

    /** getNumberWaiting(): the arrivals of the current generation, which wait in the scheduler, not in the JDK. */
    public static int numberWaiting(CyclicBarrier barrier) {
        if (RunningSchedule.slot() == null) {
            return barrier.getNumberWaiting();
        }
        State st = STATES.get().get(barrier);
        return st == null ? 0 : st.arrived;
    }

    /** The JDK's dowait: {@code millis} to wait at most, MAX_VALUE for no limit, 0 for none at all. */
    private static int arrive(CyclicBarrier barrier, long millis, String loc)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        State st = state(barrier);
        int parties = barrier.getParties();
        s.point(self, Phrase.BARRIER_AWAIT.with(Names.of(barrier), st.arrived + 1, parties), loc);
        Generation g = st.generation;
        if (g.broken) {
            s.acquired(self, barrier);
            throw new BrokenBarrierException();
        }
        if (InterruptModel.seen()) {
            breakBarrier(s, self, barrier, st);
            throw new InterruptedException();
        }
        int index = parties - 1 - st.arrived;
        st.arrived++;
        s.released(self, barrier);
        if (index == 0) {
            s.acquired(self, barrier);
            trip(s, self, barrier, st);
            return 0;
        }
        BooleanSupplier over = () -> st.generation != g || g.broken;
        if (millis == Long.MAX_VALUE) {
            s.block(self, new Wait.ForCount(barrier, "CyclicBarrier.await()", over));
        } else if (millis > 0) {
            s.block(self, new Wait.Until(barrier, "CyclicBarrier.await(timeout)", s.deadlineIn(millis), over));
        }
        s.acquired(self, barrier);
        if (!over.getAsBoolean() && InterruptModel.seen()) {
            breakBarrier(s, self, barrier, st);     // interrupted while it waited: the others are let go, broken
            throw new InterruptedException();
        }
        if (g.broken) {
            throw new BrokenBarrierException();
        }
        if (st.generation != g) {
            return index;                           // an interrupt that came after the trip stays set, as in the JDK
        }
        breakBarrier(s, self, barrier, st);
        throw new TimeoutException();
    }

    /** The last arrival: the barrier action runs in its thread; if it throws, the generation breaks instead. */
    private static void trip(Scheduler s, ManagedThread self, CyclicBarrier barrier, State st) {
        Runnable action = actionOf(barrier);
        boolean ran = false;
        try {
            if (action != null) {
                action.run();
            }
            ran = true;
        } finally {
            if (ran) {
                // the action happens-before every return from this generation's await(): the waiters acquire
                // the barrier after this, so what the action read and wrote is ordered before their next writes
                s.released(self, barrier);
                st.arrived = 0;
                st.generation = new Generation();
            } else {
                breakBarrier(s, self, barrier, st);
            }
        }
    }

    private static void breakBarrier(Scheduler s, ManagedThread self, CyclicBarrier barrier, State st) {
        st.generation.broken = true;
        st.arrived = 0;
        s.released(self, barrier);
    }

    private static State state(CyclicBarrier barrier) {
        return STATES.get().computeIfAbsent(barrier, b -> new State());
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

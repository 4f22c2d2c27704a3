package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The liberties the JLS leaves a real JVM besides the order of threads, offered as extra choices at a decision:
 * a timed wait may end now while other threads could still run (they were slow: the clock jumps to its deadline,
 * so nothing happens before its time, but anything may be late), and an untimed wait()/await()/park() may return
 * without a signal (a spurious wake-up). Without them, virtual time would be a total order — sleep(1000) always
 * ending before sleep(1001), a poll(timeout) never expiring while a producer could still run — which no JVM
 * promises. Each is a choice like a preemption: bounded per schedule, counted by the bounded search, never taken
 * by the first schedule (which keeps the deterministic order: a timed wait ends when nothing else can run, the
 * earliest deadline first), and never offered when no thread can run (a wake-up that may never come does not
 * rescue a lost one).
 *
 * <p>A long timeout is no such liberty: a wait with {@value #LONG_WAIT_MILLIS} ms or more still to go ends only when
 * no thread can run (or while the only thread that can spins: time passes). A program that takes
 * {@code awaitTermination(1, DAYS)} or {@code latch.await(30, SECONDS)} running out as an error is correct code;
 * accusing it because the other threads "could have been slow for a day" would be a verdict no learner should get,
 * while a timeout under the threshold (a poll of 100 ms taken to mean "the producers are done") stays a choice.
 */
public final class Liberties {
    /** {@code EXPIRE + id}: thread {@code id}'s timed wait ends now. */
    public static final int EXPIRE = 1 << 20;
    /** {@code SPURIOUS + id}: thread {@code id} wakes without a signal. */
    static final int SPURIOUS = 2 << 20;
    /** How many liberties one schedule may take: enough for the bugs they show, few enough to keep it fair. */
    static final int PER_SCHEDULE = 2;
    /** A timed wait with this much time still to go never ends early: no thread is taken to be this slow. */
    public static final long LONG_WAIT_MILLIS = 10_000;

    private Liberties() {}

    /** True when a choice is a liberty rather than a thread to run. */
    public static boolean is(int choice) {
        return choice >= EXPIRE;
    }

    /** The thread a choice is about. */
    public static int thread(int choice) {
        return choice & (EXPIRE - 1);
    }

    /** The runnable threads followed by the liberties on offer (none once the schedule has taken its share). */
    static int[] offer(Scheduler s, int[] runnable, int taken) {
        if (taken >= PER_SCHEDULE || runnable.length == 0) {
            return runnable;
        }
        int[] options = runnable;
        for (ManagedThread slot : s.slots()) {
            int choice = choiceFor(s, slot);
            if (choice >= 0) {
                options = Arrays.copyOf(options, options.length + 1); // rare: most decisions have no timed waiter
                options[options.length - 1] = choice;
            }
        }
        return options;
    }

    private static int choiceFor(Scheduler s, ManagedThread slot) {
        Wait w = slot.wait;
        if (w == null || slot.runnable(s)) {
            return -1;
        }
        if (w.deadline() != Long.MAX_VALUE) {
            return w.deadline() - s.virtualTime() < LONG_WAIT_MILLIS ? EXPIRE + slot.id : -1;
        }
        return w.spuriousWakeUp() ? SPURIOUS + slot.id : -1;
    }

    /** Takes a liberty: its thread can run now. Returns that thread. */
    static int take(Scheduler s, int choice) {
        ManagedThread slot = s.slots().get(thread(choice));
        if (choice >= SPURIOUS) {
            slot.wait.wakeSpuriously();
            s.note(slot, Phrase.SPURIOUS_WAKEUP.with(), "");
        } else {
            long deadline = slot.wait.deadline();
            s.advanceClock(deadline);
            s.note(slot, Phrase.WAKES_EARLY.with(deadline), "");
        }
        return slot.id;
    }

    /** What the liberties and yields of a failing schedule say about the program, for its report; null if none. */
    public static Cause why(List<Decision> decisions, IntFunction<String> threads) {
        for (Decision d : decisions) {
            String who = threads.apply(thread(d.chosen()));
            if (d.chosen() >= SPURIOUS) {
                return new Cause.Liberty(Cause.Liberty.Kind.SPURIOUS_WAKEUP, who);
            }
            if (Liberties.is(d.chosen())) {
                return new Cause.Liberty(Cause.Liberty.Kind.LATE_TIMEOUT, who);
            }
            if (d.chosen() == d.yielder()) {
                return new Cause.Liberty(Cause.Liberty.Kind.YIELD_IGNORED, who);
            }
        }
        return null;
    }
}

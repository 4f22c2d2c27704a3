package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Puts data races into words: the "data-race" failure, and the notes added to other failures. */
final class RaceReport {
    private static final int MOST = 5;

    private RaceReport() {}

    /** {@code data race on Worker.stop: main writes at Worker.java:9, T1 reads at Worker.java:4} */
    static String describe(Race r, IntFunction<String> threads) {
        Race.Access[] a = r.ordered();
        return "data race on " + r.variable() + ": " + side(a[0], threads) + ", " + side(a[1], threads)
                + " with no happens-before";
    }

    private static String side(Race.Access a, IntFunction<String> threads) {
        return threads.apply(a.thread()) + " " + a.verb() + " at " + a.location();
    }

    /** The verdict for a schedule that ended well but raced. */
    static Failure failure(List<Race> races, IntFunction<String> threads) {
        List<String> details = new ArrayList<>();
        details.add("Nothing orders these two accesses: no lock held by both, no volatile field, no start/join,");
        details.add("queue, latch or future hand-off between them. The output can look right here and still be");
        details.add("wrong elsewhere: the JIT and the CPU may reorder the accesses, or one thread may keep a stale");
        details.add("value for ever (a loop that never sees the flag change).");
        others(races, threads, details);
        return new Failure(FailureKind.DATA_RACE, describe(races.getFirst(), threads), details);
    }

    /** Why a schedule with a thread switch in the middle of an operation fails without a race. */
    static final List<String> ATOMICITY = List.of(
            "no data race: the shared accesses are ordered (locks, volatile, atomics), but the steps of",
            "one operation interleaved with another thread's — an atomicity violation");

    /**
     * A failure whose schedule also raced: the race is most likely its cause; without a race, {@code noRace} says
     * what else made it fail (an interleaving, a liberty: see {@link Liberties#why}), or is empty.
     */
    static Failure explain(Failure f, List<Race> races, IntFunction<String> threads, List<String> noRace) {
        if (f.kind() != FailureKind.ASSERTION && f.kind() != FailureKind.EXCEPTION) {
            return f;
        }
        List<String> details = new ArrayList<>(f.details());
        if (!races.isEmpty()) {
            details.add("cause: " + describe(races.getFirst(), threads));
            others(races, threads, details);
        } else {
            details.addAll(noRace);
        }
        return new Failure(f.kind(), f.message(), details);
    }

    private static void others(List<Race> races, IntFunction<String> threads, List<String> details) {
        for (int i = 1; i < Math.min(races.size(), MOST); i++) {
            details.add("also " + describe(races.get(i), threads));
        }
        if (races.size() > MOST) {
            details.add("and " + (races.size() - MOST) + " more data races");
        }
    }
}

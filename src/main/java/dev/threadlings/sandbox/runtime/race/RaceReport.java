package dev.threadlings.sandbox.runtime.race;

import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.RacingAccesses;
import dev.threadlings.sandbox.runtime.schedule.Turns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Turns the detector's races into findings: the "data-race" finding, and the cause added to other findings. */
public final class RaceReport {
    /** Races listed by name; the rest are counted. */
    private static final int MOST = 5;

    private RaceReport() {}

    /** A race with thread ids turned into labels, the write first when only one side writes. */
    public static RacingAccesses accesses(Race r, IntFunction<String> threads) {
        Race.Access[] a = r.ordered();
        return new RacingAccesses(r.variable(), side(a[0], threads), side(a[1], threads));
    }

    private static RacingAccesses.Access side(Race.Access a, IntFunction<String> threads) {
        return new RacingAccesses.Access(threads.apply(a.thread()), a.write(), a.location());
    }

    /** The verdict for a schedule that ended well but raced. */
    public static Finding failure(List<Race> races, IntFunction<String> threads) {
        return new Finding.DataRace(accesses(races.getFirst(), threads), others(races, threads), more(races));
    }

    /**
     * A finding whose schedule also raced: the race is most likely its cause; without a race, {@code noRace} says
     * what else made it fail (an interleaving, a liberty: see {@link Liberties#why}).
     */
    public static Finding explain(Finding f, List<Race> races, IntFunction<String> threads, Cause noRace) {
        if (!(f instanceof Finding.Thrown t)) {
            return f;
        }
        Cause cause = races.isEmpty() ? noRace
                : new Cause.Race(accesses(races.getFirst(), threads), others(races, threads), more(races));
        return new Finding.Thrown(t.thread(), t.assertion(), t.type(), t.message(), t.frames(), cause);
    }

    private static List<RacingAccesses> others(List<Race> races, IntFunction<String> threads) {
        List<RacingAccesses> out = new ArrayList<>();
        for (int i = 1; i < Math.min(races.size(), MOST); i++) {
            out.add(accesses(races.get(i), threads));
        }
        return out;
    }

    private static int more(List<Race> races) {
        return Math.max(0, races.size() - MOST);
    }
}

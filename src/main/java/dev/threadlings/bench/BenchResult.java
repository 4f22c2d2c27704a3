package dev.threadlings.bench;

import java.util.List;
import java.util.Optional;

/**
 * Everything one {@code threadlings bench} measured, in seconds.
 *
 * @param ours       the name of our column ("threadlings")
 * @param theirs     the name of the reference column ("jshell")
 * @param launch     launch → prompt: ours, then theirs
 * @param eval       warm eval, per evaluation: ours, then theirs
 * @param check      {@code check --solution} wall time; empty when the course has no exercises
 * @param checkedId  the exercise checked, if any
 * @param failures   runs that failed or hung (and were killed), in words
 */
public record BenchResult(String ours, String theirs, Pair launch, Pair eval, Optional<Stats> check,
                          Optional<String> checkedId, List<String> failures) {

    /** Our figure and the reference's. */
    public record Pair(Stats ours, Stats theirs) {
        public double ratio() {
            return ours.ratioTo(theirs);
        }
    }

    public BenchResult {
        failures = List.copyOf(failures);
    }
}

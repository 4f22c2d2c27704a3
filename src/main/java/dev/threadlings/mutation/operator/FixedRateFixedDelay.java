package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;

/**
 * {@code scheduleWithFixedDelay} ↔ {@code scheduleAtFixedRate}: a pause after each run becomes a period counted
 * from each start (runs bunch up behind a slow one), or the other way round.
 */
public final class FixedRateFixedDelay implements MutationOperator {
    @Override
    public String id() {
        return "rate-delay";
    }

    @Override
    public String summary() {
        return "`scheduleWithFixedDelay` ↔ `scheduleAtFixedRate`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return RenamedCall.mutate(source, id(), Map.of("scheduleWithFixedDelay", "scheduleAtFixedRate",
                "scheduleAtFixedRate", "scheduleWithFixedDelay"), call -> call.getArguments().size() == 4);
    }
}

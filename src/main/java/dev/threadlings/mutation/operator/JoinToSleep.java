package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * {@code worker.join();} → {@code Thread.sleep(300);}: the learner's "it is surely done by now", which usually is
 * and is never guaranteed (and gives no happens-before edge). A join that declares no InterruptedException (a
 * CompletableFuture's) does not compile this way and is not counted.
 */
public final class JoinToSleep implements MutationOperator {
    static final String SLEEP = "Thread.sleep(300)";

    @Override
    public String id() {
        return "join-sleep";
    }

    @Override
    public String summary() {
        return "`t.join()` → `Thread.sleep(300)`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return CallStatements.named(source, Set.of("join")).stream()
                .filter(f -> f.call().getArguments().isEmpty() && Calls.receiver(f.call()).isPresent())
                .map(f -> source.mutant(id(), "`" + source.source(f.call()) + "` → `" + SLEEP + "`",
                        new Edit(source.start(f.call()), source.end(f.call()), SLEEP)))
                .toList();
    }
}

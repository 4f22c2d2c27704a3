package dev.threadlings.mutation;

import dev.threadlings.mutation.operator.AtomicToGetThenSet;
import dev.threadlings.mutation.operator.CancelWithoutInterrupt;
import dev.threadlings.mutation.operator.CombineInSequence;
import dev.threadlings.mutation.operator.ComposeToApplyJoin;
import dev.threadlings.mutation.operator.DescendantsToChildren;
import dev.threadlings.mutation.operator.DropCancel;
import dev.threadlings.mutation.operator.DropExecutor;
import dev.threadlings.mutation.operator.DropRecovery;
import dev.threadlings.mutation.operator.DropShutdown;
import dev.threadlings.mutation.operator.DropTimeout;
import dev.threadlings.mutation.operator.DropTryResource;
import dev.threadlings.mutation.operator.FixedRateFixedDelay;
import dev.threadlings.mutation.operator.JoinToSleep;
import dev.threadlings.mutation.operator.LockOtherObject;
import dev.threadlings.mutation.operator.MoveSynchronizedBlock;
import dev.threadlings.mutation.operator.NotifyAllToNotify;
import dev.threadlings.mutation.operator.PlainCollection;
import dev.threadlings.mutation.operator.PutToOffer;
import dev.threadlings.mutation.operator.RemoveJoin;
import dev.threadlings.mutation.operator.RemoveNotify;
import dev.threadlings.mutation.operator.RemoveParallel;
import dev.threadlings.mutation.operator.RemoveRelease;
import dev.threadlings.mutation.operator.RemoveSynchronizedBlock;
import dev.threadlings.mutation.operator.RemoveSynchronizedMethod;
import dev.threadlings.mutation.operator.RemoveVolatile;
import dev.threadlings.mutation.operator.RethrowFromCatch;
import dev.threadlings.mutation.operator.RunOnCaller;
import dev.threadlings.mutation.operator.ScheduleToSleep;
import dev.threadlings.mutation.operator.ShrinkSynchronizedBlock;
import dev.threadlings.mutation.operator.SplitSynchronizedBlock;
import dev.threadlings.mutation.operator.SwallowInterrupt;
import dev.threadlings.mutation.operator.SwapLockOrder;
import dev.threadlings.mutation.operator.TakeToPoll;
import dev.threadlings.mutation.operator.UnlockOutOfFinally;
import dev.threadlings.mutation.operator.WhileToIf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every mutation operator, in the order their mutants are listed. A new operator is one line here. */
public final class Operators {
    public static final List<MutationOperator> ALL = List.of(
            new RemoveSynchronizedMethod(),
            new RemoveSynchronizedBlock(),
            new ShrinkSynchronizedBlock(),
            new SplitSynchronizedBlock(),
            new MoveSynchronizedBlock(),
            new LockOtherObject(),
            new SwapLockOrder(),
            new RemoveVolatile(),
            new WhileToIf(),
            new NotifyAllToNotify(),
            new RemoveNotify(),
            new UnlockOutOfFinally(),
            new RemoveJoin(),
            new JoinToSleep(),
            new RemoveRelease(),
            new AtomicToGetThenSet(),
            new PlainCollection(),
            new PutToOffer(),
            new SwallowInterrupt(),
            new DropShutdown(),
            new DropTryResource(),
            new DescendantsToChildren(),
            new TakeToPoll(),
            new RemoveParallel(),
            new DropExecutor(),
            new FixedRateFixedDelay(),
            new ComposeToApplyJoin(),
            new CombineInSequence(),
            new DropTimeout(),
            new DropCancel(),
            new CancelWithoutInterrupt(),
            new DropRecovery(),
            new RethrowFromCatch(),
            new ScheduleToSleep(),
            new RunOnCaller());

    private Operators() {}

    /**
     * The mutants of {@code source} by every operator: a mutant whose text equals the original or an earlier
     * mutant's is left out (two operators can make the same change).
     */
    public static List<Mutant> mutants(String source) {
        SourceTree tree = SourceTree.parse(source);
        Map<String, Mutant> unique = new LinkedHashMap<>();
        for (MutationOperator operator : ALL) {
            for (Mutant m : operator.mutate(tree)) {
                if (!m.source().equals(source)) {
                    unique.putIfAbsent(m.source(), m);
                }
            }
        }
        return new ArrayList<>(unique.values());
    }
}

package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;

/**
 * The scheduler's wait becomes a sleep on one of its threads: {@code scheduler.schedule(task, delay, unit);} →
 * {@code scheduler.execute(() -> { unit.sleep(delay); task.run(); })}. The delay is the same, but a pool thread
 * sleeps through it and runs nobody else's tasks meanwhile. Only where the call is a statement (its future unused).
 */
public final class ScheduleToSleep implements MutationOperator {
    @Override
    public String id() {
        return "schedule-sleep";
    }

    @Override
    public String summary() {
        return "`scheduler.schedule(task, d, unit)` → a pool thread sleeps `d`, then runs the task";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(ExpressionStatementTree.class).stream().map(TreePath::getLeaf)
                .map(ExpressionStatementTree.class::cast)
                .filter(s -> s.getExpression() instanceof MethodInvocationTree call && Calls.name(call).equals("schedule")
                        && call.getArguments().size() == 3 && Calls.receiver(call).isPresent())
                .map(s -> mutant(source, (MethodInvocationTree) s.getExpression()))
                .toList();
    }

    private Mutant mutant(SourceTree source, MethodInvocationTree call) {
        List<? extends ExpressionTree> args = call.getArguments();
        String task = source.source(args.get(0));
        String sleeping = "() -> { try { " + source.source(args.get(2)) + ".sleep(" + source.source(args.get(1))
                + "); } catch (InterruptedException interrupted$) { Thread.currentThread().interrupt(); } "
                + "((Runnable) " + task + ").run(); }";
        return source.mutant(id(), "`schedule(…, " + source.source(args.get(1)) + ", …)` → `execute` of a task that"
                + " sleeps first", Calls.rename(source, call, "execute"),
                new Edit(source.start(args.getFirst()), source.end(args.getLast()), sleeping));
    }
}

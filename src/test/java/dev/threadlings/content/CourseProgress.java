package dev.threadlings.content;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One line per finished course test (which exercise, lesson or variant, how it ended, how long it took), so that
 * the course test, which runs for minutes, shows its progress while it runs and not only when the class ends.
 */
final class CourseProgress implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
    private static final PrintStream OUT = System.out;
    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(CourseProgress.class);

    private final AtomicInteger done = new AtomicInteger();

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        context.getStore(SPACE).put("start", System.nanoTime());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        long start = context.getStore(SPACE).get("start", Long.class);
        String test = context.getRequiredTestMethod().getName();
        String outcome = context.getExecutionException().map(e -> "FAILED").orElse("ok");
        OUT.printf("[course %3d] %-28s %-48s %-6s %5.1f s%n", done.incrementAndGet(), test, context.getDisplayName(),
                outcome, (System.nanoTime() - start) / 1e9);
    }
}

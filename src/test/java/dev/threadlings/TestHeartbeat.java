package dev.threadlings;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A line every 25 seconds while tests run — how many finished and which are running, for how long — so that a
 * run on a slow machine is never silent for long (surefire prints only when a whole class ends, and some classes
 * run for a minute). Registered for every test class by the service file beside junit-platform.properties.
 */
public final class TestHeartbeat implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
    private static final long PERIOD_SECONDS = 25;
    private static final PrintStream OUT = System.out;
    private static final Map<String, Long> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicInteger FINISHED = new AtomicInteger();

    static {
        Thread.ofPlatform().daemon().name("test-heartbeat").start(TestHeartbeat::beat);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        RUNNING.put(context.getUniqueId(), System.nanoTime());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        RUNNING.remove(context.getUniqueId());
        FINISHED.incrementAndGet();
    }

    private static void beat() {
        while (true) {
            try {
                Thread.sleep(PERIOD_SECONDS * 1000);
            } catch (InterruptedException e) {
                return;
            }
            if (!RUNNING.isEmpty()) {
                long now = System.nanoTime();
                String running = RUNNING.entrySet().stream()
                        .map(e -> name(e.getKey()) + " (" + (now - e.getValue()) / 1_000_000_000 + " s)")
                        .collect(Collectors.joining(", "));
                OUT.printf("[tests %s] %d finished; running: %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                        FINISHED.get(), running);
            }
        }
    }

    /** "[engine:junit-jupiter]/[class:a.b.C]/[method:m(a.B)]" → "C › m()" (the segments that say which test). */
    private static String name(String uniqueId) {
        return java.util.Arrays.stream(uniqueId.split("/"))
                .skip(1)
                .map(seg -> seg.substring(seg.indexOf(':') + 1, seg.length() - 1))
                .map(seg -> seg.contains("(") ? seg.substring(0, seg.indexOf('(')) + "()" : seg)
                .map(seg -> seg.substring(seg.lastIndexOf('.') + 1))
                .collect(Collectors.joining(" › "));
    }
}

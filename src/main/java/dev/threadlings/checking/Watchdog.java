package dev.threadlings.checking;

import dev.threadlings.eval.RemoteShell;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Stops code that runs past its time, and kills the VM if stopping does not work within two seconds. */
final class Watchdog implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("check-watchdog").factory());

    private final ScheduledFuture<?> stop;
    private final ScheduledFuture<?> kill;
    private volatile boolean fired;

    private Watchdog(RemoteShell shell, Duration limit) {
        long ms = limit.toMillis();
        stop = TIMER.schedule(() -> {
            fired = true;
            shell.stop();
        }, ms, TimeUnit.MILLISECONDS);
        kill = TIMER.schedule(shell::kill, ms + 2_000, TimeUnit.MILLISECONDS);
    }

    static Watchdog arm(RemoteShell shell, Duration limit) {
        return new Watchdog(shell, limit);
    }

    /** True if the time ran out. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        stop.cancel(false);
        kill.cancel(false);
    }
}

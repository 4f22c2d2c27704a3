package dev.threadlings.checking;

import dev.threadlings.eval.RemoteShell;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops code that runs past its time, as {@link TimeLimit} judges it from looks at the learner VM every
 * {@link TimeLimit#LOOK_NANOS}: past the limit it stops the snippet, and kills the VM if stopping does not work
 * within two seconds; when the machine was too busy to say, it kills the VM at once (the check cannot say anything,
 * and a VM that gets no core may not answer a stop either).
 */
final class Watchdog implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("check-watchdog").factory());

    private final RemoteShell shell;
    private final Optional<ProcReadings> vm;
    private final TimeLimit limit;
    private final long start;
    private final ScheduledFuture<?> looks;
    private volatile TimeLimit.State state = TimeLimit.State.RUNS;
    private ScheduledFuture<?> kill; // guarded by this
    private boolean closed;          // guarded by this

    private Watchdog(CaptureShell shell, Duration limit) {
        this.shell = shell.shell();
        this.vm = shell.vmReadings();
        this.start = System.nanoTime();
        this.limit = vm.isPresent() ? TimeLimit.byActivity(limit, start) : TimeLimit.wallClock(limit, start);
        this.limit.look(new TimeLimit.Look(start, this.shell.runsSnippet(), vm.flatMap(ProcReadings::read)));
        looks = TIMER.scheduleAtFixedRate(this::look, TimeLimit.LOOK_NANOS, TimeLimit.LOOK_NANOS,
                TimeUnit.NANOSECONDS);
    }

    static Watchdog arm(CaptureShell shell, Duration limit) {
        return new Watchdog(shell, limit);
    }

    private void look() {
        boolean runs = shell.runsSnippet();
        TimeLimit.Look look = new TimeLimit.Look(System.nanoTime(), runs, vm.flatMap(ProcReadings::read));
        synchronized (this) {
            TimeLimit.State now = limit.look(look);
            if (closed || now == TimeLimit.State.RUNS) {
                return;
            }
            state = now;
            looks.cancel(false);
            if (now == TimeLimit.State.MACHINE_BUSY) {
                shell.kill();
            } else {
                // stopping goes through JDI and may wait for the VM: not on the timer every watchdog shares; a stop
                // that starts after the check ended would stop the next check's code
                Thread.ofPlatform().daemon().name("check-stop").start(() -> {
                    if (!isClosed()) {
                        shell.stop();
                    }
                });
                kill = TIMER.schedule(shell::kill, 2, TimeUnit.SECONDS);
            }
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** How the evaluation ended as far as time goes: RUNS if the limit never ran out. */
    TimeLimit.State state() {
        return state;
    }

    /** True if the learner's code ran out of its time. */
    boolean fired() {
        return state == TimeLimit.State.TIMED_OUT;
    }

    /** True if the machine was too busy to say whether the code keeps to its time: the check cannot say. */
    boolean machineBusy() {
        return state == TimeLimit.State.MACHINE_BUSY;
    }

    /** Wall time since the watchdog was armed, for the message when the machine was too busy. */
    Duration ranFor() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public synchronized void close() {
        closed = true;
        looks.cancel(false);
        if (kill != null) {
            kill.cancel(false);
        }
    }
}

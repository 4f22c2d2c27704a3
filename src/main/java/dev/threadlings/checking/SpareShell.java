package dev.threadlings.checking;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps one learner VM starting in the background so the next check does not wait for a VM to boot.
 * Every check still gets a VM nobody has used.
 */
final class SpareShell implements AutoCloseable {
    private CompletableFuture<CaptureShell> spare;

    /** A fresh shell: the spare if there is one, else one started now. */
    synchronized CaptureShell take() {
        CompletableFuture<CaptureShell> next = spare != null ? spare : startOne();
        spare = null;
        return next.join();
    }

    /**
     * Starts a spare if there is none. Called when the machine is otherwise idle (an exercise was opened, a check
     * finished), because on two cores a VM booting beside a running check slows the check down.
     */
    synchronized void prepare() {
        if (spare == null) {
            spare = startOne();
        }
    }

    private static CompletableFuture<CaptureShell> startOne() {
        return CompletableFuture.supplyAsync(CaptureShell::start,
                r -> Thread.ofPlatform().daemon().name("spare-shell").start(r));
    }

    @Override
    public synchronized void close() {
        if (spare != null) {
            spare.thenAccept(CaptureShell::close);
            spare = null;
        }
    }
}

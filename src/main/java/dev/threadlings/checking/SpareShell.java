package dev.threadlings.checking;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps one learner VM starting in the background so the next check does not wait for a VM to boot.
 * Every check still gets a VM nobody has used.
 */
final class SpareShell implements AutoCloseable {
    private CompletableFuture<CaptureShell> spare;

    /** A fresh shell: the spare if there is one; a new spare starts at once. */
    synchronized CaptureShell take() {
        CompletableFuture<CaptureShell> next = spare != null ? spare : startOne();
        spare = startOne();
        return next.join();
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

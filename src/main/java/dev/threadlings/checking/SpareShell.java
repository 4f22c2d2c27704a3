package dev.threadlings.checking;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps one learner VM starting in the background so the next check does not wait for a VM to boot.
 * Every check still gets a VM nobody has used. The spare is of one kind — with or without preview features — and a
 * check that wants the other kind starts its own.
 */
final class SpareShell implements AutoCloseable {
    private CompletableFuture<CaptureShell> spare;
    private boolean sparePreview;

    /** A fresh shell of the wanted kind: the spare if it is one, else one started now. */
    synchronized CaptureShell take(boolean preview) {
        CompletableFuture<CaptureShell> next;
        if (spare != null && sparePreview == preview) {
            next = spare;
            spare = null;
        } else {
            next = startOne(preview); // a spare of the other kind stays for the next check that wants it
        }
        return next.join();
    }

    /**
     * Makes sure a spare of this kind is starting, replacing one of the other kind. Called when the machine is
     * otherwise idle (an exercise was opened, a check finished), because on two cores a VM booting beside a running
     * check slows the check down.
     */
    synchronized void prepare(boolean preview) {
        if (spare != null && sparePreview != preview) {
            close();
        }
        if (spare == null) {
            spare = startOne(preview);
            sparePreview = preview;
        }
    }

    private static CompletableFuture<CaptureShell> startOne(boolean preview) {
        return CompletableFuture.supplyAsync(() -> CaptureShell.start(preview),
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

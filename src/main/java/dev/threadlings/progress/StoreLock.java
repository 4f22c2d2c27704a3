package dev.threadlings.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds a progress file against every other writer while it is read, changed and replaced: other processes (a
 * second console) through an OS lock on a sibling {@code .<name>.lock} file — the file itself is replaced by a
 * rename, so a lock on it would guard an inode that is gone — and other threads of this JVM through a lock of
 * its own, since one JVM cannot hold two OS locks on the same file.
 */
final class StoreLock implements AutoCloseable {
    private static final ReentrantLock IN_THIS_VM = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other writer holds {@code file}, then holds it until {@link #close()}. */
    static StoreLock acquire(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        IN_THIS_VM.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file.resolveSibling("." + file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new StoreLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            IN_THIS_VM.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            IN_THIS_VM.unlock();
        }
    }
}

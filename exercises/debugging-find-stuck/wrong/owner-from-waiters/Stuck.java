import java.lang.management.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

class Stuck {

    /** The names of the threads BLOCKED trying to enter synchronized (lock), sorted; empty if none. */
    static List<String> blockedOn(Object lock) {
        List<String> names = new ArrayList<>();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
            if (info.getThreadState() == Thread.State.BLOCKED && isThisLock(info.getLockInfo(), lock)) {
                names.add(info.getThreadName());
            }
        }
        Collections.sort(names);
        return names;
    }

    /** The name of the thread that holds lock's monitor right now, or empty if no thread holds it. */
    static Optional<String> ownerOf(Object lock) {
        // WRONG: only a thread waiting for the lock knows its owner; a lock nobody waits for looks free.
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
            if (isThisLock(info.getLockInfo(), lock) && info.getLockOwnerName() != null) {
                return Optional.of(info.getLockOwnerName());
            }
        }
        return Optional.empty();
    }

    /** LockInfo names a lock by class and identity hash code: that is how it matches an object of ours. */
    private static boolean isThisLock(LockInfo info, Object lock) {
        return info != null
                && info.getIdentityHashCode() == System.identityHashCode(lock)
                && info.getClassName().equals(lock.getClass().getName());
    }
}

import java.lang.management.*;
import java.util.*;

class Stuck {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static List<String> blockedOn(Object lock) {
        var names = new TreeSet<String>();
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (info.getThreadState() != Thread.State.BLOCKED) continue;   // WAITING in wait() is not queued to enter
            if (matches(info.getLockInfo(), lock)) names.add(info.getThreadName());
        }
        return List.copyOf(names);
    }

    static Optional<String> ownerOf(Object lock) {
        ThreadInfo[] all = THREADS.dumpAllThreads(true, false);
        // a blocked waiter already names the owner...
        for (ThreadInfo info : all) {
            if (info.getThreadState() == Thread.State.BLOCKED && matches(info.getLockInfo(), lock)
                    && info.getLockOwnerName() != null) {
                return Optional.of(info.getLockOwnerName());
            }
        }
        // ...but a lock can be held with nobody waiting: then only the holder's own monitors tell
        for (ThreadInfo info : all) {
            for (MonitorInfo monitor : info.getLockedMonitors()) {
                if (matches(monitor, lock)) return Optional.of(info.getThreadName());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(LockInfo info, Object lock) {
        if (info == null) return false;
        return System.identityHashCode(lock) == info.getIdentityHashCode()
                && lock.getClass().getName().equals(info.getClassName());
    }
}

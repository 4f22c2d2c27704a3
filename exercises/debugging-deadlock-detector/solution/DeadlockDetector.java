import java.lang.management.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

class DeadlockDetector {

    /** The names of the threads caught in a deadlock right now, sorted; an empty list when there is none. */
    static List<String> deadlockedThreadNames() {
        return new ArrayList<>(new TreeSet<>(waitsFor().keySet()));
    }

    /**
     * For each deadlocked thread, the name of the thread that holds the lock it waits for
     * (deadlocked thread name -> lock owner name); an empty map when there is no deadlock.
     */
    static Map<String, String> waitsFor() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // findDeadlockedThreads covers monitors *and* ownable synchronizers (ReentrantLock & co.);
        // findMonitorDeadlockedThreads would miss a cycle of ReentrantLocks. Both return null for "none".
        long[] ids = threads.findDeadlockedThreads();
        Map<String, String> waits = new TreeMap<>();
        if (ids == null) {
            return waits;
        }
        for (ThreadInfo info : threads.getThreadInfo(ids)) {
            if (info != null) {                      // null if the thread ended in the meantime
                waits.put(info.getThreadName(), info.getLockOwnerName());
            }
        }
        return waits;
    }
}

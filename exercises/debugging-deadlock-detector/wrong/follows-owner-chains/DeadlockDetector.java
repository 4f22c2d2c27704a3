import java.lang.management.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<Long, ThreadInfo> byId = new HashMap<>();
        for (ThreadInfo info : threads.dumpAllThreads(true, true)) {
            byId.put(info.getThreadId(), info);
        }
        Map<String, String> waits = new TreeMap<>();
        for (ThreadInfo info : byId.values()) {
            // follow the chain of lock owners: if it comes back to a thread already seen, it is stuck for ever
            Set<Long> seen = new HashSet<>();
            ThreadInfo at = info;
            while (at != null && at.getLockOwnerId() != -1 && seen.add(at.getThreadId())) {
                at = byId.get(at.getLockOwnerId());
            }
            if (at != null && at.getLockOwnerId() != -1) {
                waits.put(info.getThreadName(), info.getLockOwnerName());
            }
        }
        return waits;
    }
}

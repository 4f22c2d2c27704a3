import java.lang.management.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

class DeadlockDetector {

    static List<String> deadlockedThreadNames() {
        return new ArrayList<>(new TreeSet<>(waitsFor().keySet()));
    }

    static Map<String, String> waitsFor() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findMonitorDeadlockedThreads();   // WRONG: synchronized only, blind to ReentrantLock
        Map<String, String> waits = new TreeMap<>();
        if (ids == null) {
            return waits;
        }
        for (ThreadInfo info : threads.getThreadInfo(ids)) {
            waits.put(info.getThreadName(), info.getLockOwnerName());
        }
        return waits;
    }
}

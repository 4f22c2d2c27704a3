import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class DeadlockDetector {

    static List<String> deadlockedThreadNames() {
        return waitsFor().keySet().stream().sorted().toList();
    }

    static Map<String, String> waitsFor() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findDeadlockedThreads();
        var waits = new HashMap<String, String>();
        if (ids != null) {
            // with locked monitors and synchronizers: more than needed, but what a watchdog would log anyway
            for (ThreadInfo info : threads.getThreadInfo(ids, true, true)) {
                if (info != null && info.getLockOwnerName() != null) {
                    waits.put(info.getThreadName(), info.getLockOwnerName());
                }
            }
        }
        return waits;
    }
}

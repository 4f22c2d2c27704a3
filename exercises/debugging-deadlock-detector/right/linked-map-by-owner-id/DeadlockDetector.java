import java.lang.management.*;
import java.util.*;

class DeadlockDetector {

    static List<String> deadlockedThreadNames() {
        List<String> names = new ArrayList<>(waitsFor().keySet());
        Collections.sort(names);
        return names;
    }

    static Map<String, String> waitsFor() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] cycle = bean.findDeadlockedThreads();
        if (cycle == null || cycle.length == 0) {
            return Collections.emptyMap();
        }
        Map<Long, String> nameOf = new HashMap<>();
        ThreadInfo[] infos = bean.getThreadInfo(cycle);
        for (ThreadInfo info : infos) {
            if (info != null) nameOf.put(info.getThreadId(), info.getThreadName());
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (ThreadInfo info : infos) {
            if (info == null) continue;
            String owner = nameOf.getOrDefault(info.getLockOwnerId(), info.getLockOwnerName());
            result.put(info.getThreadName(), owner);
        }
        return result;
    }
}

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

class DeadlockDetector {

    private static ThreadInfo[] deadlocked() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = mx.findDeadlockedThreads();          // monitors and ownable synchronizers; null when none
        return ids == null ? new ThreadInfo[0] : mx.getThreadInfo(ids);
    }

    static List<String> deadlockedThreadNames() {
        return Arrays.stream(deadlocked()).filter(Objects::nonNull).map(ThreadInfo::getThreadName).sorted().toList();
    }

    static Map<String, String> waitsFor() {
        return Arrays.stream(deadlocked()).filter(Objects::nonNull)
                .collect(Collectors.toMap(ThreadInfo::getThreadName, ThreadInfo::getLockOwnerName));
    }
}

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

class Stuck {

    private static Stream<ThreadInfo> threads(boolean withMonitors) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // null entries: threads that ended between the two calls
        return Arrays.stream(mx.getThreadInfo(mx.getAllThreadIds(), withMonitors, false)).filter(Objects::nonNull);
    }

    private static boolean same(LockInfo info, Object lock) {
        return info != null && info.getClassName().equals(lock.getClass().getName())
                && info.getIdentityHashCode() == System.identityHashCode(lock);
    }

    static List<String> blockedOn(Object lock) {
        return threads(false)
                .filter(t -> t.getThreadState() == Thread.State.BLOCKED)
                .filter(t -> same(t.getLockInfo(), lock))
                .map(ThreadInfo::getThreadName)
                .sorted()
                .toList();
    }

    static Optional<String> ownerOf(Object lock) {
        return threads(true)
                .filter(t -> Arrays.stream(t.getLockedMonitors()).anyMatch(m -> same(m, lock)))
                .map(ThreadInfo::getThreadName)
                .findFirst();
    }
}

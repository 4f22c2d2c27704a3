import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class Stuck {

    /** ThreadInfo.getLockName()'s documented form: class name, '@', identity hash code in hex. */
    private static String nameOf(Object lock) {
        return lock.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(lock));
    }

    static List<String> blockedOn(Object lock) {
        String wanted = nameOf(lock);
        List<String> result = new ArrayList<>();
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
            if (t.getThreadState() == Thread.State.BLOCKED && wanted.equals(t.getLockName())) {
                result.add(t.getThreadName());
            }
        }
        result.sort(null);
        return result;
    }

    static Optional<String> ownerOf(Object lock) {
        String wanted = nameOf(lock);
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, false)) {
            for (MonitorInfo m : t.getLockedMonitors()) {
                if (wanted.equals(m.toString())) {          // LockInfo.toString(): the same form
                    return Optional.of(t.getThreadName());
                }
            }
        }
        return Optional.empty();
    }
}

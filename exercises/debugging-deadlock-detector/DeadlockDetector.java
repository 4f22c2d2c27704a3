import java.lang.management.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class DeadlockDetector {

    /** The names of the threads caught in a deadlock right now, sorted; an empty list when there is none. */
    static List<String> deadlockedThreadNames() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findMonitorDeadlockedThreads();
        List<String> names = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(ids)) {
            names.add(info.getThreadName());
        }
        return names;
    }

    /**
     * For each deadlocked thread, the name of the thread that holds the lock it waits for
     * (deadlocked thread name -> lock owner name); an empty map when there is no deadlock.
     */
    static Map<String, String> waitsFor() {
        throw new UnsupportedOperationException("TODO: your code");
    }
}

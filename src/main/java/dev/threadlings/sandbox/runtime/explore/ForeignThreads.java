package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Finding;
import java.util.Set;
import java.util.TreeSet;

/**
 * Platform threads that appear while learner code runs but are none of the sandbox's: a ForkJoinPool, a parallel
 * stream, a Timer or a pool built inside the JDK started them, where instrumentation does not reach. Their
 * interleavings are not explored and their accesses not checked, so a run that found nothing with them proves
 * nothing: it is reported as "not modelled", never as a pass. Looked for after the first schedule and at the end
 * (listing every thread costs too much to do after each one).
 */
public final class ForeignThreads {
    /** Threads the JDK starts for itself when needed (cleaners; "VirtualThread-*" serve virtual threads). */
    private static final Set<String> JDK_OWN = Set.of("Common-Cleaner", "process reaper",
            "Attach Listener", "Notification Thread", "Signal Dispatcher");
    private final Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    private final Set<String> names = new TreeSet<>();
    private boolean looked;

    /** True the first time: the first schedule has just run. */
    boolean firstLook() {
        return !looked;
    }

    void look() {
        looked = true;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && !t.isVirtual() && !carrier(t) && !JDK_OWN.contains(t.getName())
                    && !t.getName().startsWith("VirtualThread-")) {
                names.add(t.getName());
            }
        }
    }

    Set<String> names() {
        return names;
    }

    /**
     * A virtual thread's carrier belongs to the sandbox's own scheduling. Its class is internal to java.base, so
     * no literal names it: told by its module and simple name.
     */
    private static boolean carrier(Thread t) {
        Class<?> c = t.getClass();
        return c.getModule() == Thread.class.getModule() && c.getSimpleName().equals("CarrierThread");
    }

    Finding notModelled() {
        return new Finding.ForeignThreads(names.stream().limit(4).toList(), names.size() > 4);
    }
}

package dev.threadlings.sandbox.runtime.race;


/**
 * The monitors of a free run, for {@link ConcurrentDetector}: each monitor's clock and who holds it. Learner code keeps
 * its real monitors; these hooks run inside them, so the monitor's own lock orders every change here.
 */
public final class MonitorClocks {
    private final ConcurrentDetector detector;
    private final StripedMap monitors = new StripedMap();

    MonitorClocks(ConcurrentDetector detector) {
        this.detector = detector;
    }

    /** A monitor's clock, and who holds it (how many times): changed only by the thread holding the monitor. */
    static final class Monitor {
        final VectorClock clock = new VectorClock();
        ObservedThread holder;
        int depth;
        ObservedThread releaser;               // who released it last: taking it back, that thread already knows its clock
    }

    /**
     * A monitor's clock is read and changed only by the thread holding the monitor (these hooks run inside it), so
     * it needs no lock of its own; it is kept apart from the clocks of JDK objects, which are not held. A block left
     * by an exception gives the monitor back without telling us (javac's exception path gets no hook: it would keep
     * the JIT from compiling the method); the next thread to take the monitor then finds the old holder still
     * named and takes that thread's clock instead — what it knew when it let go, and perhaps a little more.
     */
    public void monitorEnter(ObservedThread m, Object monitor) {
        if (detector.gaveUp()) {
            return;
        }
        Monitor c = monitor(m, monitor);
        if (c.holder == m) {
            c.depth++;
            return;
        }
        if (c.holder != null) {
            m.clock.join(c.holder.clock);
        }
        if (c.releaser != m) {
            m.clock.join(c.clock);
        }
        c.holder = m;
        c.depth = 1;
    }

    public void monitorExit(ObservedThread m, Object monitor) {
        if (detector.gaveUp()) {
            return;
        }
        Monitor c = monitor(m, monitor);
        if (c.holder == m && --c.depth > 0) {
            return;                                // still held: the outer block releases
        }
        c.clock.copy(m.clock);                     // the holder's clock already covers the monitor's
        c.releaser = m;
        c.holder = null;
        c.depth = 0;
        m.clock.tick(m.id);
    }

    /** {@code wait()} gives the monitor up however often it is held, and takes it back as often. */
    public void waitBefore(ObservedThread m, Object monitor) {
        if (!detector.gaveUp()) {
            Monitor c = monitor(m, monitor);
            m.waitingOn = monitor;
            m.heldBeforeWait = c.holder == m ? c.depth : 1;
            c.depth = 1;
            monitorExit(m, monitor);
        }
    }

    public void waitAfter(ObservedThread m, Object monitor) {
        if (!detector.gaveUp()) {
            monitorEnter(m, monitor);
            monitor(m, monitor).depth = Math.max(1, m.heldBeforeWait);
            m.waitingOn = null;
        }
    }

    private Monitor monitor(ObservedThread m, Object monitor) {
        if (monitor == m.lastMonitor) {
            return m.lastMonitorState;
        }
        Monitor c = (Monitor) monitors.get(monitor, k -> new Monitor());
        m.lastMonitor = monitor;
        m.lastMonitorState = c;
        return c;
    }
}

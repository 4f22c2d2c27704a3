package dev.threadlings.sandbox.runtime.race;


/**
 * One thread of a free run as {@link ConcurrentDetector} sees it: its vector clock, the last variable, array, sync object
 * and monitor it used (a loop over one of them never looks it up twice), and the JDK calls it is inside of. Only
 * that thread reads or changes it.
 */
public final class ObservedThread {
    final int id;
    final Thread thread;
    final VectorClock clock = new VectorClock();
    Object lastOwner;
    String lastKey;
    FastTrack.Var lastVar;
    Object lastArray;
    FastTrack.Var[] lastVars;
    Object lastSync;
    VectorClock lastSyncClock;
    Object lastMonitor;
    MonitorClocks.Monitor lastMonitorState;
    int heldBeforeWait;
    public Object waitingOn;          // the monitor of the wait() in progress
    Object element;            // the array of the element being checked, to name it only if it raced
    int index;
    public boolean optimistic;        // inside a StampedLock optimistic read
    public int initializing;          // inside static initializers: ordered before every use of the class

    private final Object[] calls = new Object[8];
    private int depth;

    ObservedThread(int id, Thread thread) {
        this.id = id;
        this.thread = thread;
        clock.set(id, 1);
    }

    /**
     * The JDK calls this thread is inside of, innermost last: a callback the JDK runs there (a barrier's action,
     * onAdvance) synchronizes through that call's object. A call that throws is not popped; a later call on
     * the same object finds it and pops down to it (an extra edge at most, never a false race).
     */
    public void enterCall(Object key) {
        if (depth == calls.length) {          // full of calls that threw: the oldest goes
            System.arraycopy(calls, 1, calls, 0, calls.length - 1);
            depth--;
        }
        calls[depth++] = key;
    }

    public void exitCall(Object key) {
        for (int i = depth - 1; i >= 0; i--) {
            if (calls[i] == key) {
                depth = i;
                calls[i] = null;
                return;
            }
        }
    }

    public Object inCall() {
        return depth > 0 ? calls[depth - 1] : null;
    }
}

import java.util.ArrayList;
import java.util.List;

interface Listener {
    void onEvent(String event);
}

class Listeners {

    // Registration is rare, notification frequent: a copy-on-write list. Each add/remove copies the array;
    // fire() iterates over the array as it was when the loop began, so changes during the loop (from a
    // listener, or from another thread) never disturb it, and no lock is held while listeners run.
    private final List<Listener> listeners = new ArrayList<>();

    synchronized void add(Listener listener) {
        listeners.add(listener);
    }

    synchronized void remove(Listener listener) {
        listeners.remove(listener);
    }

    int count() {
        return listeners.size();             // only reads: no lock needed
    }

    /** Calls every registered listener with event. A listener may add or remove listeners while it is called. */
    void fire(String event) {
        List<Listener> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(listeners);   // a copy, taken with the lock: later changes do not touch it
        }
        for (Listener listener : snapshot) {
            listener.onEvent(event);
        }
    }
}

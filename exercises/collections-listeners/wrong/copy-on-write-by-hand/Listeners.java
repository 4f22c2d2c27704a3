import java.util.ArrayList;
import java.util.List;

interface Listener {
    void onEvent(String event);
}

class Listeners {

    // Registration is rare, notification frequent: a copy-on-write list. Each add/remove copies the array;
    // fire() iterates over the array as it was when the loop began, so changes during the loop (from a
    // listener, or from another thread) never disturb it, and no lock is held while listeners run.
    private volatile List<Listener> listeners = List.of();   // replaced, never changed: fire() sees one version

    void add(Listener listener) {
        List<Listener> copy = new ArrayList<>(listeners);
        copy.add(listener);
        listeners = List.copyOf(copy);
    }

    void remove(Listener listener) {
        List<Listener> copy = new ArrayList<>(listeners);
        copy.remove(listener);
        listeners = List.copyOf(copy);
    }

    int count() {
        return listeners.size();
    }

    /** Calls every registered listener with event. A listener may add or remove listeners while it is called. */
    void fire(String event) {
        for (Listener listener : listeners) {
            listener.onEvent(event);
        }
    }
}

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

interface Listener {
    void onEvent(String event);
}

class Listeners {

    // Registration is rare, notification frequent: a copy-on-write list. Each add/remove copies the array;
    // fire() iterates over the array as it was when the loop began, so changes during the loop (from a
    // listener, or from another thread) never disturb it, and no lock is held while listeners run.
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    void add(Listener listener) {
        listeners.add(listener);
    }

    void remove(Listener listener) {
        listeners.remove(listener);
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

import java.util.ArrayList;
import java.util.List;

// A plausible wrong fix: every method synchronized. Other threads now wait while fire() runs, but a listener
// that removes itself runs on the same thread, which already holds the (reentrant) monitor: the loop still breaks.
// (And fire() now calls unknown code while holding a lock.)
interface Listener {
    void onEvent(String event);
}

class Listeners {

    private final List<Listener> listeners = new ArrayList<>();

    synchronized void add(Listener listener) {
        listeners.add(listener);
    }

    synchronized void remove(Listener listener) {
        listeners.remove(listener);
    }

    synchronized int count() {
        return listeners.size();
    }

    /** Calls every registered listener with event. A listener may add or remove listeners while it is called. */
    synchronized void fire(String event) {
        for (Listener listener : listeners) {
            listener.onEvent(event);
        }
    }
}

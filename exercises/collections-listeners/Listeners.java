import java.util.ArrayList;
import java.util.List;

interface Listener {
    void onEvent(String event);
}

class Listeners {

    private final List<Listener> listeners = new ArrayList<>();

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

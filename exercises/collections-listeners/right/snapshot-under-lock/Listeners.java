import java.util.ArrayList;
import java.util.List;

interface Listener {
    void onEvent(String event);
}

class Listeners {
    private final Object lock = new Object();
    private final List<Listener> listeners = new ArrayList<>();

    void add(Listener listener) {
        synchronized (lock) {
            listeners.add(listener);
        }
    }

    void remove(Listener listener) {
        synchronized (lock) {
            listeners.remove(listener);
        }
    }

    int count() {
        synchronized (lock) {
            return listeners.size();
        }
    }

    void fire(String event) {
        List<Listener> snapshot;
        synchronized (lock) {
            snapshot = new ArrayList<>(listeners);
        }
        // listeners run without the lock: one may add or remove listeners, or wait on another thread
        snapshot.forEach(l -> l.onEvent(event));
    }
}

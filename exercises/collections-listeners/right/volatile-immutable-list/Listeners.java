import java.util.ArrayList;
import java.util.List;

interface Listener { void onEvent(String event); }

class Listeners {
    private volatile List<Listener> listeners = List.of();
    synchronized void add(Listener listener) {
        List<Listener> next = new ArrayList<>(listeners);
        next.add(listener);
        listeners = List.copyOf(next);
    }
    synchronized void remove(Listener listener) {
        List<Listener> next = new ArrayList<>(listeners);
        next.remove(listener);
        listeners = List.copyOf(next);
    }
    int count() { return listeners.size(); }
    void fire(String event) {
        for (Listener listener : listeners) listener.onEvent(event);
    }
}

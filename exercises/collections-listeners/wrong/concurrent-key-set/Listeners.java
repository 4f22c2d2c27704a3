import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

interface Listener { void onEvent(String event); }

class Listeners {
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    void add(Listener listener) { listeners.add(listener); }
    void remove(Listener listener) { listeners.remove(listener); }
    int count() { return listeners.size(); }
    void fire(String event) {
        for (Listener listener : listeners) listener.onEvent(event);
    }
}

package dev.threadlings.sandbox.runtime.race;

import java.util.IdentityHashMap;
import java.util.Map;

/** An identity map split in stripes, each behind its own lock, so threads rarely wait for one another. */
final class StripedMap {
    private static final int N = 64;
    @SuppressWarnings("unchecked")
    private final Map<Object, Object>[] maps = new Map[N];

    StripedMap() {
        for (int i = 0; i < N; i++) {
            maps[i] = new IdentityHashMap<>();
        }
    }

    Object get(Object key, java.util.function.Function<Object, Object> make) {
        Map<Object, Object> m = maps[System.identityHashCode(key) & (N - 1)];
        synchronized (m) {
            return m.computeIfAbsent(key, make);
        }
    }

    Object find(Object key) {
        Map<Object, Object> m = maps[System.identityHashCode(key) & (N - 1)];
        synchronized (m) {
            return m.get(key);
        }
    }
}

package dev.threadlings.course;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of {@code key=value} option maps that keep the written order (Map.copyOf would not). */
final class Options {

    private Options() {
    }

    static Map<String, String> copy(Map<String, String> options) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        options.forEach((key, value) -> copy.put(
                java.util.Objects.requireNonNull(key, "option key"), java.util.Objects.requireNonNull(value, "option value")));
        return Collections.unmodifiableMap(copy);
    }
}

package dev.threadlings.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds cycles in lessons' {@code requires}: with a cycle no lesson of it could ever be started first. Each cycle is
 * broken by dropping the requirement that closes it (reported at that item's line).
 */
final class RequiresCycles {

    /** A requirement that closes a cycle, and the cycle as ids ({@code a, b, a}). */
    record Closing(String lesson, String required, List<String> cycle) {
    }

    private RequiresCycles() {
    }

    /** The edges to drop, in a stable order (lessons as given, requirements as listed). */
    static List<Closing> find(Map<String, List<String>> requires) {
        List<Closing> closing = new ArrayList<>();
        Map<String, List<String>> graph = new LinkedHashMap<>(requires);
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) {
            visit(start, graph, new ArrayList<>(), done, closing);
        }
        return closing;
    }

    // depth-first; `path` is the current chain, so an edge back into it closes a cycle
    private static void visit(String lesson, Map<String, List<String>> graph, List<String> path, Set<String> done,
                              List<Closing> closing) {
        if (done.contains(lesson)) {
            return;
        }
        path.add(lesson);
        for (String required : graph.getOrDefault(lesson, List.of())) {
            int back = path.indexOf(required);
            if (back >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(back, path.size()));
                cycle.add(required);
                closing.add(new Closing(lesson, required, cycle));
            } else {
                visit(required, graph, path, done, closing);
            }
        }
        path.removeLast();
        done.add(lesson);
    }

    /** Requirements per lesson without the closing edges. */
    static Map<String, List<String>> without(Map<String, List<String>> requires, List<Closing> closing) {
        Map<String, List<String>> result = new HashMap<>();
        requires.forEach((lesson, required) -> result.put(lesson, required.stream()
                .filter(r -> closing.stream().noneMatch(c -> c.lesson().equals(lesson) && c.required().equals(r)))
                .toList()));
        return result;
    }
}

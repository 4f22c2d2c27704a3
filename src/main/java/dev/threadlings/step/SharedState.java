package dev.threadlings.step;

import dev.threadlings.sandbox.runtime.TraceEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared variables a schedule has touched so far, each with the last value read or written and who did it,
 * in the order they were first touched: from the explorer's steps ({@code Counter.count → 0} is a read,
 * {@code Counter.count = 1} a write). A variable is named as the trace names it (class and field).
 */
record SharedState(List<Variable> variables) {
    private static final Pattern ACCESS = Pattern.compile("([\\p{L}_$][\\w$.#\\[\\]]*) (→|=) (.+)");

    /** {@code written}: the last access was a write (else a read that saw {@code value}). */
    record Variable(String name, String value, boolean written, int thread, String location) {}

    static SharedState of(List<TraceEvent> history) {
        Map<String, Variable> seen = new LinkedHashMap<>();
        for (TraceEvent e : history) {
            Matcher m = ACCESS.matcher(e.what().startsWith("▶ ") ? e.what().substring(2) : e.what());
            if (e.thread() >= 0 && m.matches()) {
                seen.put(m.group(1), new Variable(m.group(1), m.group(3), m.group(2).equals("="), e.thread(),
                        e.location()));
            }
        }
        return new SharedState(List.copyOf(seen.values()));
    }
}

package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What went wrong in a schedule. {@code kind}: assertion, exception, deadlock, lost-wakeup, hang, exit, stuck.
 * {@code details}: the lines that explain it (the wait-for graph, the exception's frames).
 */
record Failure(String kind, String message, List<String> details) {}

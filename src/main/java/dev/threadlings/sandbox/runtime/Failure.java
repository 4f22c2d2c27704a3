package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What went wrong in a schedule. {@code kind}: assertion, exception, deadlock, lost-wakeup, hang, exit, data-race;
 * or stuck: the sandbox met code it does not model, which the host reports as "could not check" (exit 2), never as
 * the program's failure — its message names the call ("LockSupport.park is not modelled …").
 * {@code details}: the lines that explain it (the wait-for graph, the exception's frames).
 */
record Failure(String kind, String message, List<String> details) {}

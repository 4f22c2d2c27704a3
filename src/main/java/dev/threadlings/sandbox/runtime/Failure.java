package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What went wrong in a schedule: its {@link FailureKind}, a line for people (a STUCK message names the call:
 * "LockSupport.park is not modelled …"), and the lines that explain it (the wait-for graph, the exception's frames).
 */
public record Failure(FailureKind kind, String message, List<String> details) {
    public Failure {
        details = List.copyOf(details);
    }
}

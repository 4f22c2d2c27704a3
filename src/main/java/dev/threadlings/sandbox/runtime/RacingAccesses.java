package dev.threadlings.sandbox.runtime;

/**
 * A data race as the learner reads it: the variable ({@code Worker.stop}) and its two accesses, the write first
 * when only one side writes.
 */
public record RacingAccesses(String variable, Access first, Access second) {
    /** One side: which thread, whether it wrote, where. */
    public record Access(String thread, boolean write, String location) {}
}

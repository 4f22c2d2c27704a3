package dev.threadlings.sandbox.runtime;

/**
 * A frame of learner code: the method ({@code Counter.increment}; {@code ""} for the script's own statements), its
 * class and line in the explorer VM, and that place in the learner's files ({@code Counter.java:3}) once the host
 * has mapped it ({@code ""} before, or when it cannot be mapped).
 */
public record Frame(String method, String className, int line, String source) {
    /** The frame with its place in the learner's files. */
    public Frame at(String source) {
        return new Frame(method, className, line, source == null ? "" : source);
    }
}

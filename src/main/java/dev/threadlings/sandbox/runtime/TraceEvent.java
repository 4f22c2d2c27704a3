package dev.threadlings.sandbox.runtime;

/** One step of a schedule: which thread did what, where ("Counter.java:4"), e.g. {@code count → 41}. */
public record TraceEvent(int thread, String what, String location) {}

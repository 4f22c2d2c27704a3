package dev.threadlings.sandbox.runtime;

/**
 * A wake-up that was sent and missed. {@code what}: the call ({@code notify()}, {@code signalAll()}), {@code where}
 * and {@code by}: its place and thread.
 */
public sealed interface Missed {
    /** The signal woke another waiter, not {@code waiter}. */
    record WokeAnother(String what, String where, String by, String waiter) implements Missed {}

    /** The signal came before {@code waiter} began its {@code waitKind} ({@code wait()}). */
    record CameBefore(String what, String where, String by, String waiter, String waitKind) implements Missed {}

    /** An unpark of a thread not yet started: the JDK ignores it. */
    record UnparkBeforeStart(String where, String by) implements Missed {}

    /** An unpark while the thread's permit was already there: permits do not add up. */
    record UnparkWithPermit(String where, String by) implements Missed {}
}

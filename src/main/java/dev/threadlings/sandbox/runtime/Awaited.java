package dev.threadlings.sandbox.runtime;

/**
 * What a blocked thread waits for. {@code kind} names the call or lock as code does ({@code wait()},
 * {@code CountDownLatch.await()}, {@code monitor}); {@code on} names the object ({@code Counter@1a2b}).
 */
public sealed interface Awaited {
    /** A monitor or lock, held by {@code owner} (null when no thread holds it any more). */
    record Lock(String kind, String on, String owner) implements Awaited {}

    /** Another thread to finish (join). */
    record End(String thread) implements Awaited {}

    /** A notify or signal in wait()/await(), and no thread is left to send it. */
    record Signal(String kind, String on) implements Awaited {}

    /** A timed wait for a condition. */
    record Timed(String kind, String on) implements Awaited {}

    /** A latch, permits, a queue, a future… that no thread is left to open. */
    record Release(String kind, String on) implements Awaited {}

    /** One side of a read-write or stamped lock. */
    record Shared(String kind, String on) implements Awaited {}

    /** A pool thread with nothing to do. */
    record Idle() implements Awaited {}

    /** LockSupport.park, and no thread is left to unpark it. */
    record Park() implements Awaited {}

    /** A sleep. */
    record Sleep() implements Awaited {}
}

package dev.threadlings.sandbox.runtime;

/**
 * The argument checks and rounding of Object.wait(long) and wait(long, int), in front of the modelled wait in
 * {@link Sched}: a negative timeout is an IllegalArgumentException (not "wait forever"), and as in the JDK any
 * nanoseconds round the timeout up by one millisecond (virtual time counts milliseconds).
 */
public final class SchedWaits {
    private SchedWaits() {}

    public static void waitMillis(Object o, long millis, String loc) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Sched.waitTimed(o, millis, loc);
    }

    public static void waitNanos(Object o, long millis, int nanos, String loc) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        Sched.waitTimed(o, millis, loc);
    }
}

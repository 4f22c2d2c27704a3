package dev.threadlings.checking;

import java.util.Optional;

/**
 * The learner VM looking at itself for {@link Within}: one daemon thread that, while any check code holds a lease,
 * reads /proc/self every {@link #LOOK_NANOS} (leaving itself out: {@link ProcReadings#ofThisVm()}) and feeds a
 * {@link ChargedClock}. The check VM and the watchdog are different processes, and a limit inside check code must be
 * decided where the check code runs, at once; so the readings are taken here, by the same rules the watchdog
 * charges. The thread lives as long as the VM once started (a second looker would take the first's CPU time for
 * the learner's) and sleeps while nobody holds a lease. Each look costs ~1–2 ms of CPU for a VM of 40 threads.
 */
final class SelfWatch {
    /** How far apart the looks are meant to be: the grain of a check's own limit. */
    static final long LOOK_NANOS = 20_000_000L;
    private static SelfWatch instance; // guarded by SelfWatch.class

    private final Optional<ProcReadings> vm = ProcReadings.ofThisVm();
    private final ChargedClock clock = vm.isPresent() ? ChargedClock.byActivity(2 * LOOK_NANOS)
            : ChargedClock.wallClock();
    private int leases; // guarded by this

    private SelfWatch() {}

    /** The VM's one watch, its thread started on first use. */
    static synchronized SelfWatch get() {
        if (instance == null) {
            instance = new SelfWatch();
            Thread.ofPlatform().daemon().name("threadlings-check-clock").start(instance::run);
        }
        return instance;
    }

    /** Starts the looks (if none were under way) and gives the time charged so far: where the holder's time starts. */
    synchronized long lease() {
        if (leases++ == 0) {
            notifyAll();
        }
        return clock.charged();
    }

    synchronized void release() {
        leases--;
    }

    /** The time charged since the watch started, as of its last look. */
    long charged() {
        return clock.charged();
    }

    private void run() {
        while (true) {
            try {
                synchronized (this) {
                    if (leases == 0) {
                        clock.forget(); // the time asleep is nobody's: the first look after it starts afresh
                        while (leases == 0) {
                            wait();
                        }
                    }
                }
                clock.look(System.nanoTime(), vm.flatMap(ProcReadings::read));
                Thread.sleep(LOOK_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                // learner code that interrupts every thread of the VM: this one is the checks', and keeps looking
            }
        }
    }
}

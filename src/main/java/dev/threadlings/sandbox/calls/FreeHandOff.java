package dev.threadlings.sandbox.calls;

/**
 * What a call hands over between threads in a free run, where the call itself runs for real: the free-run
 * instrumenter tells the race detector of it ({@link Rewrite.Tell}). Declared by the primitive beside the rules of
 * its model, so an explored and a free run agree on what the primitive orders.
 */
public enum FreeHandOff {
    /** Thread.start: what the starter did happens before the thread's body. */
    STARTS_THREAD,
    /** join, isAlive, isInterrupted, getState: the caller may have seen the thread end (or be interrupted). */
    SEES_THREAD_END,
    /** Thread.interrupt: what the interrupter did happens before the interrupted thread sees it. */
    INTERRUPTS,
    /** Thread.interrupted(): when it returns true, the interrupt happens before what follows. */
    SEES_OWN_INTERRUPT,
    /** Future.cancel(true): a FutureTask interrupts its runner, which then learns of it like any interrupt. */
    CANCELS,
    /** ExecutorService.shutdownNow(): the pool interrupts its threads, which then learn of it like any interrupt. */
    INTERRUPTS_POOL,
    /** Object.wait: gives the monitor up and takes it back, also when it ends in an exception. */
    WAITS,
    /** LockSupport.unpark: what the caller did happens before the parked thread goes on. */
    UNPARKS,
    /** LockSupport.park…: the thread goes on after an unpark it may have been given. */
    PARKS
}

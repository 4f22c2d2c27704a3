import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

class Ticker implements Runnable {
    private volatile int ticks; // written by the one thread that runs the ticker, read by others

    int ticks() {
        return ticks;
    }

    @Override
    public void run() {
        // parkNanos returns early on an interrupt and leaves the flag set: nothing to catch, nothing to restore
        while (!Thread.currentThread().isInterrupted()) {
            ticks++;
            long wakeUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
            for (long left = wakeUp - System.nanoTime();
                 left > 0 && !Thread.currentThread().isInterrupted();
                 left = wakeUp - System.nanoTime()) {
                LockSupport.parkNanos(left); // may return early for no reason: park again for the rest
            }
        }
    }
}

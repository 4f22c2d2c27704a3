// expect: none
// lines:
// about: race-free: three workers spin on a volatile flag, yielding; main sets it after they are all started: a fair scheduler lets main in however often the spinners hand the processor to each other
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class SpinnersYieldToEachOther {
    static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    static final long[] buckets = new long[2];
    static volatile boolean go;

    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[3];
        for (int t = 0; t < ts.length; t++) {
            int me = t;
            ts[t] = new Thread(() -> {
                while (!go) {
                    Thread.onSpinWait();
                }
                SLOTS.getAndAdd(buckets, me % 2, 1L);
            });
            ts[t].start();
        }
        go = true;
        for (Thread t : ts) {
            t.join();
        }
        assert buckets[0] == 2 && buckets[1] == 1 : buckets[0] + " " + buckets[1];
    }
}

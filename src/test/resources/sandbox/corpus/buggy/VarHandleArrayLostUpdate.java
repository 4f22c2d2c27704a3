// expect: assertion
// lines: 13, 14, 22
// about: each thread adds to an array slot with a VarHandle get and then a set: two atomic steps, not one, so an addition can be lost (getAndAdd would be one)
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleArrayLostUpdate {
    static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(int[].class);

    public static void main(String[] args) throws InterruptedException {
        int[] slots = new int[2];
        Runnable add = () -> {
            int old = (int) SLOTS.getVolatile(slots, 1);
            SLOTS.setVolatile(slots, 1, old + 1);
        };
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        a.join();
        b.join();
        assert slots[1] == 2 : "lost update: " + slots[1];
    }
}

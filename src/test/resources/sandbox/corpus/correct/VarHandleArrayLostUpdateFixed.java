// expect: none
// lines:
// about: getAndAdd on the array element is one atomic step; join orders both additions before main's plain read
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandleArrayLostUpdateFixed {
    static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(int[].class);

    public static void main(String[] args) throws InterruptedException {
        int[] slots = new int[2];
        Runnable add = () -> SLOTS.getAndAdd(slots, 1, 1);
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        a.join();
        b.join();
        assert slots[1] == 2 : "lost update: " + slots[1];
    }
}

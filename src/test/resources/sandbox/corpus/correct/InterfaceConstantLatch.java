// expect: none
// lines:
// about: race-free: an interface's constants hold a latch and a value slot; the value is written before countDown, read after await (a schedule must not find the latch the last one opened)
import java.util.concurrent.CountDownLatch;

public class InterfaceConstantLatch {
    interface Gate {
        CountDownLatch OPEN = new CountDownLatch(1);
        int[] VALUE = new int[1];

        static void open(int v) {
            VALUE[0] = v;
            OPEN.countDown();
        }

        default int passThrough() throws InterruptedException {
            OPEN.await();
            return VALUE[0];
        }
    }

    static final class Visitor implements Gate {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] got = new int[2];
        Thread[] ts = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            ts[i] = new Thread(() -> {
                try {
                    got[me] = new Visitor().passThrough();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            ts[i].start();
        }
        Gate.open(9);
        for (Thread t : ts) {
            t.join();
        }
        assert got[0] == 9 && got[1] == 9 : got[0] + " " + got[1];
    }
}

// expect: data-race
// lines: 13, 18
// about: the gate opens before the value is written: a visitor let through reads the slot while main writes it
import java.util.concurrent.CountDownLatch;

public class InterfaceConstantLatch {
    interface Gate {
        CountDownLatch OPEN = new CountDownLatch(1);
        int[] VALUE = new int[1];

        static void open(int v) {
            OPEN.countDown();
            VALUE[0] = v;
        }

        default int passThrough() throws InterruptedException {
            OPEN.await();
            return VALUE[0];
        }
    }

    static final class Visitor implements Gate {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] got = new int[1];
        Thread t = new Thread(() -> {
            try {
                got[0] = new Visitor().passThrough();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        Gate.open(9);
        t.join();
    }
}

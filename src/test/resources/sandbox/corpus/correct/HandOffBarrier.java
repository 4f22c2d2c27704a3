// expect: none
// lines:
// about: race-free: both threads write their half before the barrier and read the other half after it
import java.util.concurrent.CyclicBarrier;

public class HandOffBarrier {
    static int[] halves = new int[2];

    public static void main(String[] args) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Thread other = new Thread(() -> {
            halves[1] = 2;
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assert halves[0] == 1;
        });
        other.start();
        halves[0] = 1;
        barrier.await();
        assert halves[1] == 2;
        other.join();
    }
}

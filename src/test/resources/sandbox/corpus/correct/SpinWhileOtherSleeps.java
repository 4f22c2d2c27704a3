// expect: none
// lines:
// about: after a long start (21,000 writes), main spins until a sleeping worker sets the flag; time passes while main spins, so the sleeper always wakes: a spin past a timed wait is no hang
public class SpinWhileOtherSleeps {
    static final int[] warmUp = new int[21_000];
    static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < warmUp.length; i++) {
            warmUp[i] = i;
        }
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            ready = true;
        });
        worker.start();
        while (!ready) {
            Thread.onSpinWait();
        }
        worker.join();
    }
}

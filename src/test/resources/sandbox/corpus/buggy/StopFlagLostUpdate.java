// expect: hang
// lines: 8, 9
// about: workers report completion with finished++ (not atomic); if an increment is lost, main spins forever waiting for finished == 2
public class StopFlagLostUpdate {
    static volatile int finished;

    public static void main(String[] args) {
        Thread a = new Thread(() -> finished++);
        Thread b = new Thread(() -> finished++);
        a.start();
        b.start();
        while (finished < 2) {
            Thread.onSpinWait();
        }
    }
}

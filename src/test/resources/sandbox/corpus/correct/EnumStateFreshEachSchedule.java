// expect: none
// lines:
// about: an enum constant's mutable state starts afresh in every schedule, like any static state (re-running static initializers skips enums, so the explorer defines the classes afresh; once the count carried over and the second schedule saw 2)
public class EnumStateFreshEachSchedule {
    enum Tally {
        ONLY;

        int count;   // guarded by this constant's monitor
    }

    public static void main(String[] args) throws InterruptedException {
        Tally tally = Tally.ONLY;   // initialized here, on main, before any other thread runs
        Thread counter = new Thread(() -> {
            synchronized (tally) {
                tally.count++;
            }
        });
        counter.start();
        counter.join();
        synchronized (tally) {
            assert tally.count == 1 : "one increment in this schedule, but the count is " + tally.count;
        }
    }
}

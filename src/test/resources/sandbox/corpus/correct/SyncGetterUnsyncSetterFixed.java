// expect: none
// lines:
// about: set() is synchronized too, so width() sees either the old or the new range, never half of each
public class SyncGetterUnsyncSetterFixed {
    static class Range {
        private int lo = 0;
        private int hi = 10;

        synchronized int width() { return hi - lo; }

        synchronized void set(int newLo, int newHi) {
            lo = newLo;
            hi = newHi;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Range range = new Range();
        int[] seen = new int[1];
        Thread writer = new Thread(() -> range.set(20, 30));
        Thread reader = new Thread(() -> seen[0] = range.width());
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        assert seen[0] == 10 : "saw a half-updated range, width = " + seen[0];
    }
}

// expect: assertion
// lines: 9, 12
// about: width() is synchronized but set() is not, so the getter can run between the two writes of set() and see lo > hi
public class SyncGetterUnsyncSetter {
    static class Range {
        private int lo = 0;
        private int hi = 10;

        synchronized int width() { return hi - lo; }

        void set(int newLo, int newHi) {
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

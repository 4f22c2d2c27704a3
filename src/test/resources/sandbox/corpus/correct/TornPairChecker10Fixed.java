// expect: none
// lines:
// about: the 10 writers publish version and checksum together as one immutable pair through one volatile field, so the checker sees the old pair or the new one, never half of each
public class TornPairChecker10Fixed {
    static final int WRITERS = 10;
    record Pair(int version, int checksum) {}
    static volatile Pair pair = new Pair(0, 0);

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = new Thread[WRITERS + 1];
        for (int i = 0; i < WRITERS; i++) {
            threads[i] = new Thread(() -> pair = new Pair(1, 1));
        }
        threads[WRITERS] = new Thread(() -> {
            Pair p = pair;
            assert p.version() == p.checksum() : "torn pair: " + p;
        });
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}

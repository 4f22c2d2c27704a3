// expect: assertion
// lines: 13, 18, 19
// about: 10 writers each publish version 1 as two volatile writes (version, then checksum); a checker started last can read between some writer's two writes and see a torn pair
public class TornPairChecker10 {
    static final int WRITERS = 10;
    static volatile int version;
    static volatile int checksum;

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = new Thread[WRITERS + 1];
        for (int i = 0; i < WRITERS; i++) {
            threads[i] = new Thread(() -> {
                version = 1;
                checksum = 1;
            });
        }
        threads[WRITERS] = new Thread(() -> {
            int v = version;
            int c = checksum;
            assert v == c : "torn pair: version " + v + ", checksum " + c;
        });
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}

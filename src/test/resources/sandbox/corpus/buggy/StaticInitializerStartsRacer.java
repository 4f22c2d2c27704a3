// expect: assertion
// lines: 10, 16
// about: a thread started by the static initializer runs hits++ while main runs hits++ too; the thread runs as soon as the initializer is done, so one increment can be lost
public class StaticInitializerStartsRacer {
    static int hits;
    static final Thread worker;

    static {
        worker = new Thread(() -> {
            hits++;
        });
        worker.start();
    }

    public static void main(String[] args) throws InterruptedException {
        hits++;
        worker.join();
        assert hits == 2 : "hits = " + hits;
    }
}

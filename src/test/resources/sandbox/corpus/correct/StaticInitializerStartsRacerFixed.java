// expect: none
// lines:
// about: the thread started by the static initializer and main both increment under the class's monitor, so neither increment is lost
public class StaticInitializerStartsRacerFixed {
    static int hits;
    static final Thread worker;

    static {
        worker = new Thread(() -> {
            synchronized (StaticInitializerStartsRacerFixed.class) {
                hits++;
            }
        });
        worker.start();
    }

    public static void main(String[] args) throws InterruptedException {
        synchronized (StaticInitializerStartsRacerFixed.class) {
            hits++;
        }
        worker.join();
        assert hits == 2 : "hits = " + hits;
    }
}

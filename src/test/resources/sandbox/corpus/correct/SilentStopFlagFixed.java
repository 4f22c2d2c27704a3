// expect: none
// lines:
// about: the stop flag is volatile: the write happens before every later read of it
public class SilentStopFlagFixed {
    static class Worker implements Runnable {
        volatile boolean stop;

        public void run() {
            while (!stop) {
                Thread.onSpinWait();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker w = new Worker();
        Thread t = new Thread(w, "worker");
        t.start();
        w.stop = true;
        t.join();
    }
}

// expect: data-race
// lines: 9, 19
// about: a stop flag that is not volatile; every schedule stops, but the JIT may hoist the read out of the loop and spin for ever
public class SilentStopFlag {
    static class Worker implements Runnable {
        boolean stop;

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

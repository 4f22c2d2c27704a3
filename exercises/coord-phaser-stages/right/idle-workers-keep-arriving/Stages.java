import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.function.BiConsumer;

class Stages {

    // Runs the stages of every worker, each worker on a thread of its own: worker w runs stages 0, 1, …,
    // stageCounts[w] - 1 by calling stage.accept(w, s). Stage s of every worker that has it ends before stage s + 1
    // of any worker begins. Returns when every worker is done.
    static void run(int[] stageCounts, BiConsumer<Integer, Integer> stage) throws InterruptedException {
        Phaser phaser = new Phaser(stageCounts.length);
        int longest = Arrays.stream(stageCounts).max().orElse(0);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < stageCounts.length; w++) {
            int me = w;
            threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                for (int s = 0; s < longest; s++) {
                    if (s < stageCounts[me]) {
                        stage.accept(me, s);
                    }
                    phaser.arriveAndAwaitAdvance();       // a worker with no stage s still marks it
                }
            }));
        }
        for (Thread t : threads) t.join();
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.function.BiConsumer;

class Stages {

    // Runs the stages of every worker, each worker on a thread of its own: worker w runs stages 0, 1, …,
    // stageCounts[w] - 1 by calling stage.accept(w, s). Stage s of every worker that has it ends before stage s + 1
    // of any worker begins. Returns when every worker is done.
    static void run(int[] stageCounts, BiConsumer<Integer, Integer> stage) throws InterruptedException {
        Phaser phaser = new Phaser(1);          // main holds phase 0 until every worker is registered
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < stageCounts.length; w++) {
            int me = w;
            if (stageCounts[me] == 0) continue;     // nothing to run, nothing to register
            phaser.register();
            threads.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                try {
                    for (int s = 0; s < stageCounts[me]; s++) {
                        stage.accept(me, s);
                        phaser.arriveAndAwaitAdvance();
                    }
                } finally {
                    phaser.arriveAndDeregister();
                }
            }));
        }
        phaser.arriveAndDeregister();           // every worker is registered: let phase 0 end without main
        for (Thread t : threads) t.join();
    }
}

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

record Job(int id) {}

class Pipeline {
    static final Job POISON = new Job(-1);

    static void run(List<List<Job>> batches, int consumers, int capacity, Consumer<Job> handler)
            throws InterruptedException {
        BlockingQueue<Job> queue = new ArrayBlockingQueue<>(capacity);
        // close() waits until every task of an executor has finished: the consumers' one closes last
        try (ExecutorService consuming = Executors.newFixedThreadPool(consumers)) {
            for (int i = 0; i < consumers; i++) {
                consuming.submit(() -> {
                    Job job;
                    while ((job = queue.take()) != POISON) {
                        handler.accept(job);
                    }
                    return null;
                });
            }
            try (ExecutorService producing = Executors.newFixedThreadPool(Math.max(1, batches.size()))) {
                for (List<Job> batch : batches) {
                    producing.submit(() -> {
                        for (Job job : batch) {
                            queue.put(job);
                        }
                        return null;
                    });
                }
            }
            for (int i = 0; i < consumers; i++) {
                queue.put(POISON);
            }
        }
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

record Job(int id) {}

class Pipeline {
    static final Job POISON = new Job(-1);

    static void run(List<List<Job>> batches, int consumers, int capacity, Consumer<Job> handler)
            throws InterruptedException {
        var queue = new ArrayBlockingQueue<Job>(capacity);
        var producing = new AtomicInteger(batches.size());
        List<Thread> threads = new ArrayList<>();
        for (var batch : batches) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (var job : batch) {
                        queue.put(job);
                    }
                    if (producing.decrementAndGet() == 0) {   // the last producer to finish stops the consumers
                        sendPills(queue, consumers);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (int i = 0; i < consumers; i++) {
            threads.add(Thread.ofPlatform().start(() -> consume(queue, handler)));
        }
        if (batches.isEmpty()) {
            sendPills(queue, consumers);
        }
        for (var t : threads) {
            t.join();
        }
    }

    private static void sendPills(BlockingQueue<Job> queue, int consumers) throws InterruptedException {
        for (int i = 0; i < consumers; i++) {
            queue.put(POISON);
        }
    }

    private static void consume(BlockingQueue<Job> queue, Consumer<Job> handler) {
        try {
            for (Job job = queue.take(); job != POISON; job = queue.take()) {
                handler.accept(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

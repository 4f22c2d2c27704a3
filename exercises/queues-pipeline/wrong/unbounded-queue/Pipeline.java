import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

record Job(int id) {}

class Pipeline {

    /** The poison pill: a consumer that takes it stops. Compare with ==, never pass it to the handler. */
    static final Job POISON = new Job(-1);

    /**
     * Runs one producer thread per batch and `consumers` consumer threads, connected by one
     * ArrayBlockingQueue of the given capacity. Each producer puts the jobs of its batch (in order);
     * each consumer takes jobs and passes them to handler until it takes POISON.
     * Returns when every job was handled and every thread started here has ended.
     */
    static void run(List<List<Job>> batches, int consumers, int capacity, Consumer<Job> handler)
            throws InterruptedException {
        BlockingQueue<Job> queue = new LinkedBlockingQueue<>();   // WRONG: unbounded, producers never wait

        List<Thread> consumerThreads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            consumerThreads.add(Thread.ofPlatform().name("consumer-" + c).start(() -> {
                try {
                    while (true) {
                        Job job = queue.take();
                        if (job == POISON) {
                            return;                    // my pill: everything before it was taken already
                        }
                        handler.accept(job);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }

        List<Thread> producerThreads = new ArrayList<>();
        for (List<Job> batch : batches) {
            producerThreads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (Job job : batch) {
                        queue.put(job);                // blocks while the queue is full: back-pressure
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }

        // Only this thread knows when *all* producers are done: join them, then one pill per consumer.
        for (Thread producer : producerThreads) {
            producer.join();
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);
        }
        for (Thread consumer : consumerThreads) {
            consumer.join();
        }
    }
}

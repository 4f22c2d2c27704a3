import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.stream.IntStream;

record Job(int id) {}

class Pipeline {

    static final Job POISON = new Job(-1);

    private static Thread produce(BlockingQueue<Job> queue, List<Job> batch) {
        return Thread.ofVirtual().start(() -> {
            try {
                for (Job job : batch) {
                    queue.put(job);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static Thread consume(BlockingQueue<Job> queue, Consumer<Job> handler) {
        return Thread.ofVirtual().start(() -> {
            try {
                for (Job job = queue.take(); job != POISON; job = queue.take()) {
                    handler.accept(job);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    static void run(List<List<Job>> batches, int consumers, int capacity, Consumer<Job> handler)
            throws InterruptedException {
        BlockingQueue<Job> queue = new ArrayBlockingQueue<>(capacity);
        List<Thread> consumerThreads = IntStream.range(0, consumers).mapToObj(c -> consume(queue, handler)).toList();
        List<Thread> producerThreads = batches.stream().map(batch -> produce(queue, batch)).toList();
        joinAll(producerThreads);
        System.out.println("[pipeline] producers done, sending " + consumers + " pills");
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);
        }
        joinAll(consumerThreads);
    }
}

import java.util.List;
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
        throw new UnsupportedOperationException("TODO: your code");
    }
}

import java.util.List;
import java.util.function.ToLongFunction;

class Crunch {

    static long sumOf(List<String> inputs, ToLongFunction<String> work) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        long[] partial = new long[threads];          // each thread writes its own slot; join() publishes it
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = Thread.ofPlatform().name("crunch-" + t).start(() -> {
                long sum = 0;
                for (int i = index; i < inputs.size(); i += threads) {   // every threads-th input
                    sum += work.applyAsLong(inputs.get(i));
                }
                partial[index] = sum;
            });
        }
        long total = 0;
        try {
            for (int t = 0; t < threads; t++) {
                workers[t].join();
                total += partial[t];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return total;
    }
}

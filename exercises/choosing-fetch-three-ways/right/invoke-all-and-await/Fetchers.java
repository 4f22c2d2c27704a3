import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

/** Fetches many resources; every implementation returns the same list, in the order of the ids. */
interface Fetcher {
    List<String> fetchAll(List<Integer> ids) throws Exception;
}

class Resources {
    /** A remote call: about 20 ms of waiting, then the resource. Do not change it. */
    static String fetch(int id) {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + id, e);
        }
        return "resource-" + id;
    }

    /** One after another: correct, and slow. The three fetchers below start out like this. */
    static List<String> oneByOne(List<Integer> ids) {
        List<String> results = new ArrayList<>();
        for (int id : ids) {
            results.add(fetch(id));
        }
        return results;
    }
}

/** A fixed pool, handed all the fetches at once with invokeAll, shut down and waited for in a finally. */
class PoolFetcher implements Fetcher {
    private final int threads;

    PoolFetcher(int threads) {
        this.threads = threads;
    }

    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<String>> fetches = ids.stream()
                    .<Callable<String>>map(id -> () -> Resources.fetch(id))
                    .toList();
            List<String> results = new ArrayList<>();
            for (Future<String> done : pool.invokeAll(fetches)) {   // returns once every fetch has finished
                results.add(done.get());
            }
            return results;
        } finally {
            pool.shutdownNow();                                    // nothing is left to run: let the threads go
            pool.awaitTermination(1, TimeUnit.MINUTES);            // and return only once they are gone
        }
    }
}

/** supplyAsync on a per-task virtual-thread executor; allOf waits for them together. */
class FutureFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("fetch-", 0).factory())) {
            List<CompletableFuture<String>> futures = new ArrayList<>();
            for (int id : ids) {
                futures.add(CompletableFuture.supplyAsync(() -> Resources.fetch(id), executor));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            return futures.stream().map(CompletableFuture::resultNow).toList();
        }
    }
}

/** One virtual thread per id through the executor's invokeAll. */
class VirtualFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        try (ExecutorService perTask = Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> results = new ArrayList<>();
            for (Future<String> done : perTask.invokeAll(ids.stream()
                    .<Callable<String>>map(id -> () -> Resources.fetch(id)).toList())) {
                results.add(done.resultNow());
            }
            return results;
        }
    }
}

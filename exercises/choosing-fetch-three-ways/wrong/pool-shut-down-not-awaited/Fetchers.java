import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

/** A fixed pool of `threads` platform threads, made for each call and shut down before fetchAll returns. */
class PoolFetcher implements Fetcher {
    private final int threads;

    PoolFetcher(int threads) {
        this.threads = threads;
    }

    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int id : ids) {
                futures.add(pool.submit(() -> Resources.fetch(id)));     // submit them all first ...
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());                                // ... then collect, in order
            }
            return results;
        } finally {
            pool.shutdown();                                              // no new tasks; the threads wind down
        }
    }
}

/** CompletableFuture.supplyAsync for every id (on an executor you choose and close), joined at the end. */
class FutureFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        // Blocking work needs an executor of its own: the default (the common pool) is sized for CPU work.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<String>> futures = ids.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> Resources.fetch(id), executor))
                    .toList();
            return futures.stream().map(CompletableFuture::join).toList();
        }
    }
}

/** One virtual thread per id. */
class VirtualFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        try (ExecutorService perTask = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            for (int id : ids) {
                futures.add(perTask.submit(() -> Resources.fetch(id)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}

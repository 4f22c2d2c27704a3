import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
        // try-with-resources: close() shuts the pool down and waits for its threads, so none are left behind.
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<String>> futures = new ArrayList<>();
            for (int id : ids) {
                futures.add(pool.submit(() -> Resources.fetch(id)));     // submit them all first ...
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());                                // ... then collect, in order
            }
            return results;
        }
    }
}

/** CompletableFuture.supplyAsync for every id, on a cached pool shut down in a finally. */
class FutureFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();   // grows to one thread per waiting fetch
        try {
            List<CompletableFuture<String>> futures = new ArrayList<>();
            for (int id : ids) {
                futures.add(CompletableFuture.supplyAsync(() -> Resources.fetch(id), executor));
            }
            List<String> results = new ArrayList<>();
            for (CompletableFuture<String> future : futures) {
                results.add(future.join());
            }
            return results;
        } finally {
            executor.shutdown();     // every future is joined: the idle threads end now ...
            executor.awaitTermination(1, TimeUnit.MINUTES);   // ... and the call returns once they have
        }
    }
}

/** One virtual thread per id, started and joined by hand: no executor to close. */
class VirtualFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        String[] results = new String[ids.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int slot = i;
            int id = ids.get(i);
            threads.add(Thread.ofVirtual().start(() -> results[slot] = Resources.fetch(id)));
        }
        for (Thread thread : threads) {
            thread.join();       // join orders each slot's write before the read below
        }
        return List.of(results);
    }
}

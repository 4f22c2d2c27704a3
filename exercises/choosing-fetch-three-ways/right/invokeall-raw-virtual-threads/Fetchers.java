import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
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
        List<Callable<String>> tasks = ids.stream().<Callable<String>>map(id -> () -> Resources.fetch(id)).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<String> results = new ArrayList<>();
            for (Future<String> done : pool.invokeAll(tasks)) {      // invokeAll keeps the order of the tasks
                results.add(done.get());
            }
            return results;
        }
    }
}

/** CompletableFuture.supplyAsync for every id (on an executor you choose and close), joined at the end. */
class FutureFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
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
            executor.close();
        }
    }
}

/** One virtual thread per id. */
class VirtualFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        String[] results = new String[ids.size()];
        List<Thread> fetchers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int slot = i;
            int id = ids.get(i);
            fetchers.add(Thread.ofVirtual().start(() -> results[slot] = Resources.fetch(id)));
        }
        for (Thread fetcher : fetchers) {
            fetcher.join();                      // join makes the thread's write visible here
        }
        return Arrays.asList(results);
    }
}

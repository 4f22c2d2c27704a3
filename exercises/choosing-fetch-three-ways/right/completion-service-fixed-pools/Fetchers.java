import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorCompletionService;
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

record Fetched(int slot, String resource) {}

/** A fixed pool of `threads` platform threads, made for each call and shut down before fetchAll returns. */
class PoolFetcher implements Fetcher {
    private final int threads;

    PoolFetcher(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, not " + threads);
        }
        this.threads = threads;
    }

    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ExecutorCompletionService<Fetched> finished = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < ids.size(); i++) {
                int slot = i;
                int id = ids.get(i);
                finished.submit(() -> new Fetched(slot, Resources.fetch(id)));
            }
            String[] results = new String[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                Fetched next = finished.take().get();     // in the order they finish: each goes to its own slot
                results[next.slot()] = next.resource();
            }
            return Arrays.asList(results);
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                System.err.println("fetch pool still running after 10 s");
            }
        }
    }
}

/** CompletableFuture.supplyAsync for every id (on an executor you choose and close), joined at the end. */
class FutureFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        // one platform thread per id, at least one: a fixed pool cannot be empty
        try (ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, ids.size()))) {
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
            List<String> results = new ArrayList<>(futures.size());
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}

import java.util.ArrayList;
import java.util.List;

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
        return Resources.oneByOne(ids);          // TODO: the pool
    }
}

/** CompletableFuture.supplyAsync for every id (on an executor you choose and close), joined at the end. */
class FutureFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        return Resources.oneByOne(ids);          // TODO: the futures
    }
}

/** One virtual thread per id. */
class VirtualFetcher implements Fetcher {
    @Override
    public List<String> fetchAll(List<Integer> ids) throws Exception {
        return Resources.oneByOne(ids);          // TODO: the virtual threads
    }
}

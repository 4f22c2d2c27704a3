class Batch {
    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Object>> tasks = jobs.stream().map(Executors::callable).toList();
            // invokeAll with a timeout cancels (and so interrupts) whatever has not finished in time
            List<Future<Object>> done = pool.invokeAll(tasks, timeout.toNanos(), TimeUnit.NANOSECONDS);
            return done.stream().noneMatch(Future::isCancelled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pool.shutdownNow();
        }
    }
}

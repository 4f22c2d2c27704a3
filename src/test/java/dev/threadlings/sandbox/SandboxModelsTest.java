package dev.threadlings.sandbox;

import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * The models of Phaser, Exchanger, StampedLock, timed queue calls, scheduled pools, async stages and executor
 * methods keep the JDK's semantics under the sandbox: each program asserts what the JDK guarantees, on every
 * schedule, and time is virtual (a ten-minute delay costs nothing).
 */
class SandboxModelsTest {
    private static SandboxReport explore(String name, String body) {
        String file = "import java.util.*;\nimport java.util.concurrent.*;\nimport java.util.concurrent.atomic.*;\n"
                + "import java.util.concurrent.locks.*;\npublic class " + name + " {\n" + body + "\n}\n";
        return Sandbox.explore(ProgramScenario.of(name + ".java", file),
                ExploreSettings.defaults().withBudget(300));
    }

    private static void assertNone(SandboxReport r) {
        assertEquals("none", r.outcome().id(), () -> SandboxText.message(r) + "\n" + r.trace());
    }

    @Test
    void aSemaphoreAcquireInterruptedWhileItWaitsThrowsAndTakesNoPermit() {
        assertNone(explore("InterruptedAcquire", """
                public static void main(String[] args) throws Exception {
                    Semaphore permits = new Semaphore(1);
                    permits.acquire();
                    boolean[] interrupted = new boolean[1];
                    Thread waiter = new Thread(() -> {
                        try { permits.acquire(); } catch (InterruptedException e) { interrupted[0] = true; }
                    });
                    waiter.start();
                    waiter.interrupt();
                    waiter.join();
                    assert interrupted[0] : "the waiter was interrupted and holds no permit";
                    assert permits.availablePermits() == 0 : "an interrupted acquire took nothing";
                }
                """));
    }

    @Test
    void aTenMinuteScheduledTaskRunsOnVirtualTime() {
        // virtual time is what getDelay reads: ten minutes pass in the program while the explorer waits for none of
        // them (a real wait would outlast the search's own limit, which ends in a verdict other than none)
        SandboxReport r = explore("Later", """
                public static void main(String[] args) throws Exception {
                    ScheduledExecutorService s = Executors.newScheduledThreadPool(2);
                    ScheduledFuture<String> f = s.schedule(() -> "done", 10, TimeUnit.MINUTES);
                    assert f.getDelay(TimeUnit.MINUTES) <= 10; // main may be slow: time passes meanwhile
                    assert f.get().equals("done");
                    assert f.getDelay(TimeUnit.MILLISECONDS) <= 0;
                    s.shutdown();
                    while (!s.awaitTermination(1, TimeUnit.SECONDS)) { } // false: not yet (a thread may be slow)
                    assert s.isTerminated();
                }
                """);
        assertNone(r);
    }

    @Test
    void periodicTasksStopOnCancelOnExceptionAndOnShutdown() {
        assertNone(explore("Periodic", """
                public static void main(String[] args) throws Exception {
                    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor();
                    AtomicInteger a = new AtomicInteger(), b = new AtomicInteger(), c = new AtomicInteger();
                    ScheduledFuture<?> fa = s.scheduleAtFixedRate(a::incrementAndGet, 0, 10, TimeUnit.MILLISECONDS);
                    ScheduledFuture<?> fb = s.scheduleWithFixedDelay(() -> {
                        if (b.incrementAndGet() == 3) throw new IllegalStateException("third run");
                    }, 0, 10, TimeUnit.MILLISECONDS);
                    ScheduledFuture<?> fc = s.scheduleAtFixedRate(c::incrementAndGet, 5, 10, TimeUnit.MILLISECONDS);
                    try { fb.get(); assert false; } catch (ExecutionException e) {
                        assert e.getCause() instanceof IllegalStateException;
                    }
                    assert b.get() == 3 : "an exception ends a periodic task";
                    fa.cancel(false);
                    int seen = a.get();
                    Thread.sleep(100);
                    assert a.get() == seen : "a cancelled task does not run again";
                    s.shutdown();
                    while (!s.awaitTermination(1, TimeUnit.SECONDS)) { }
                    assert fc.isCancelled() : "shutdown cancels periodic tasks";
                }
                """));
    }

    @Test
    void asyncStagesRunOnTheGivenExecutorAndTimersUseVirtualTime() {
        assertNone(explore("Stages", """
                public static void main(String[] args) throws Exception {
                    ExecutorService pool = Executors.newFixedThreadPool(1, r -> new Thread(r, "mine"));
                    String where = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool).join();
                    assert where.equals("mine") : where;
                    String next = CompletableFuture.completedFuture(1)
                            .thenApplyAsync(x -> Thread.currentThread().getName(), pool).get();
                    assert next.equals("mine") : next;
                    CompletableFuture<String> never = new CompletableFuture<>();
                    try { never.orTimeout(10, TimeUnit.MINUTES).join(); assert false; } catch (CompletionException e) {
                        assert e.getCause() instanceof TimeoutException;
                    }
                    assert new CompletableFuture<String>().completeOnTimeout("late", 1, TimeUnit.HOURS).join()
                            .equals("late");
                    try { new CompletableFuture<String>().get(5, TimeUnit.SECONDS); assert false; }
                    catch (TimeoutException e) { }
                    CompletableFuture<Integer> x = CompletableFuture.supplyAsync(() -> 1);
                    CompletableFuture<Integer> y = x.thenComposeAsync(v -> CompletableFuture.supplyAsync(() -> v + 1));
                    assert CompletableFuture.anyOf(y).join().equals(2);
                    CompletableFuture<Void> all = CompletableFuture.allOf(x, y, CompletableFuture.runAsync(() -> { }, pool));
                    all.join();
                    String delayed = CompletableFuture.supplyAsync(() -> "d",
                            CompletableFuture.delayedExecutor(1, TimeUnit.DAYS)).join();
                    assert delayed.equals("d");
                    pool.shutdown();
                }
                """));
    }

    @Test
    void phaserAdvancesTerminatesAndRunsTheOverriddenOnAdvance() {
        assertNone(explore("Phases", """
                static int advances;
                public static void main(String[] args) throws Exception {
                    Phaser p = new Phaser(1) {
                        @Override protected boolean onAdvance(int phase, int parties) {
                            advances++;
                            return phase == 1;
                        }
                    };
                    p.bulkRegister(2);
                    Runnable worker = () -> {
                        int next = p.arriveAndAwaitAdvance();
                        assert next == 1 : next;
                        p.arriveAndDeregister();
                    };
                    Thread a = new Thread(worker), b = new Thread(worker);
                    a.start(); b.start();
                    int phase = p.arrive();
                    assert phase == 0;
                    assert p.awaitAdvance(phase) == 1;
                    assert p.awaitAdvance(p.arrive()) < 0 : "onAdvance returned true after phase 1";
                    a.join(); b.join();
                    assert p.isTerminated() && advances == 2 : advances;
                }
                """));
    }

    @Test
    void exchangerStampedLockQueuesAndWaitKeepTheirContracts() {
        assertNone(explore("Contracts", """
                public static void main(String[] args) throws Exception {
                    Exchanger<String> x = new Exchanger<>();
                    try { x.exchange("alone", 1, TimeUnit.SECONDS); assert false; } catch (TimeoutException e) { }
                    Thread t = new Thread(() -> {
                        try { assert x.exchange("b").equals("a"); } catch (InterruptedException e) { }
                    });
                    t.start();
                    assert x.exchange("a").equals("b");
                    t.join();

                    StampedLock sl = new StampedLock();
                    long r = sl.readLock();
                    assert sl.tryWriteLock(1, TimeUnit.SECONDS) == 0 : "a reader blocks the writer";
                    long w = sl.tryConvertToWriteLock(r);
                    assert w != 0 && sl.isWriteLocked();
                    sl.unlock(w);
                    Lock view = sl.asWriteLock();
                    view.lock();
                    assert !sl.validate(sl.tryOptimisticRead());
                    view.unlock();

                    BlockingDeque<Integer> d = new LinkedBlockingDeque<>(1);
                    assert d.offerFirst(1, 1, TimeUnit.SECONDS);
                    assert !d.offerLast(2, 1, TimeUnit.SECONDS) : "full: the offer times out";
                    assert !d.offer(3) && d.peek() == 1;
                    assert d.pollLast(1, TimeUnit.SECONDS) == 1;
                    assert d.pollFirst(2, TimeUnit.HOURS) == null;
                    Thread f = new Thread(() -> { try { d.putLast(7); } catch (InterruptedException e) { } });
                    f.start();
                    assert d.takeFirst() == 7;
                    f.join();

                    Object lock = new Object();
                    synchronized (lock) { lock.wait(10, 500); }
                    try { synchronized (lock) { lock.wait(-1); } assert false; } catch (IllegalArgumentException e) { }
                }
                """));
    }

    @Test
    void invokeAnyTimedInvokeAllAndShutdownNowDoNotBlockInTheJdk() {
        assertNone(explore("Invoke", """
                public static void main(String[] args) throws Exception {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    String any = pool.invokeAny(List.of(() -> { throw new IllegalStateException(); }, () -> "ok"));
                    assert any.equals("ok") : any;
                    List<Future<String>> all = pool.invokeAll(List.of(() -> "a", () -> { new CountDownLatch(1).await(); return "b"; }),
                            1, TimeUnit.SECONDS);
                    // a timeout may end while a task could still run (it was slow): what was not done is cancelled
                    assert all.get(1).isCancelled();
                    assert all.get(0).isCancelled() || all.get(0).resultNow().equals("a");
                    CountDownLatch started = new CountDownLatch(1);
                    Future<?> sleeper = pool.submit(() -> { started.countDown(); new CountDownLatch(1).await(); return null; });
                    started.await();
                    pool.shutdownNow();
                    while (!pool.awaitTermination(1, TimeUnit.SECONDS)) { } // ends: shutdownNow interrupts the blocked task
                    try { sleeper.get(); assert false; } catch (ExecutionException e) {
                        assert e.getCause() instanceof InterruptedException;
                    }
                }
                """));
    }

    @Test
    void aCallbackThatThrowsLeavesItsThreadPreemptible() {
        // computeIfAbsent's function throws and the thread catches it: the thread must still be preempted later,
        // or the check-then-act below (visible only if t1 is interrupted between its two reads) goes unseen
        SandboxReport r = explore("CallbackThrows", """
                static volatile boolean flag;

                public static void main(String[] args) throws Exception {
                    ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();
                    Thread t1 = new Thread(() -> {
                        try {
                            cache.computeIfAbsent("x", k -> { throw new IllegalStateException("no value"); });
                        } catch (IllegalStateException e) {
                            // fall through
                        }
                        boolean seen = flag;
                        assert seen == flag : "flag changed between two reads";
                    });
                    Thread t2 = new Thread(() -> flag = true);
                    t1.start();
                    t2.start();
                    t1.join();
                    t2.join();
                }
                """);
        assertEquals("assertion", r.outcome().id(), () -> SandboxText.message(r) + "\n" + r.trace());
    }

    @Test
    void aCallbackCallBeforeSuperIsInstrumentedSoundly() throws Exception {
        // Java 25's flexible constructor bodies: computeIfAbsent before super(); the guard of callback calls must
        // not give it a handler whose frame forgets that `this` is not yet initialized (a VerifyError)
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/sandbox/free/FlexibleConstructorCallback.java.txt"));
        SandboxReport r = Sandbox.explore(ProgramScenario.of("Pre3.java", source),
                ExploreSettings.defaults().withBudget(100));
        assertEquals("none", r.outcome().id(), () -> SandboxText.message(r) + "\n" + SandboxText.details(r));
    }

    @Test
    void aReadWriteLockSaysWhoHoldsItFromTheModel() {
        // under the model the JDK's own lock is never taken: asked of the JDK, every answer here would be "no one"
        assertNone(explore("ReadWriteQueries", """
                static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
                static void write() {
                    rw.writeLock().lock();
                    rw.writeLock().lock();
                    try {
                        assert rw.writeLock().isHeldByCurrentThread() && rw.writeLock().getHoldCount() == 2;
                        assert rw.isWriteLocked() && rw.isWriteLockedByCurrentThread() && rw.getWriteHoldCount() == 2;
                        assert rw.getReadLockCount() == 0;
                    } finally {
                        rw.writeLock().unlock();
                        rw.writeLock().unlock();
                    }
                    assert !rw.writeLock().isHeldByCurrentThread() && rw.getWriteHoldCount() == 0;
                }
                public static void main(String[] args) throws Exception {
                    Thread writer = new Thread(ReadWriteQueries::write);
                    writer.start();
                    rw.readLock().lock();
                    try {
                        assert rw.getReadHoldCount() == 1 && rw.getReadLockCount() == 1;
                        assert !rw.isWriteLocked() && !rw.writeLock().isHeldByCurrentThread();
                    } finally {
                        rw.readLock().unlock();
                    }
                    write();
                    writer.join();
                }
                """));
    }
}

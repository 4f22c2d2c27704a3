package dev.threadlings.review;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.eval.DefaultImports;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each review rule on small sources written as learners write them (JShell files: no imports for the default
 * packages, classes or top-level methods): found where it applies, on the right line, and quiet on the idiom done
 * right.
 */
class ReviewRulesTest {

    private static Review review(String source) {
        return Reviewer.shared().review("Learner.java", source, DefaultImports.PACKAGES);
    }

    /** The lines (1-based) where {@code rule} was found. */
    private static List<Integer> lines(ReviewRule rule, String source) {
        Review r = review(source);
        assertInstanceOf(Review.Reviewed.class, r, () -> "not reviewed: " + r);
        return r.findings().stream().filter(f -> f.rule() == rule).map(Finding::line).toList();
    }

    @Nested
    class UnlockOutsideFinally {
        @Test
        void anUnlockAfterTheWorkIsFoundOnItsLine() {
            assertEquals(List.of(7), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Bank {
                        final ReentrantLock lock = new ReentrantLock();
                        int balance;
                        void add(int n) {
                            lock.lock();
                            balance += n;
                            lock.unlock();
                        }
                    }
                    """));
        }

        @Test
        void aTopLevelMethodAndAReadLockAreFound() {
            assertEquals(List.of(5), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    final ReadWriteLock rw = new ReentrantReadWriteLock();
                    int value;
                    int read() {
                        rw.readLock().lock(); int v = value;
                        rw.readLock().unlock();
                        return v;
                    }
                    """));
        }

        @Test
        void anUnlockInFinallyIsNot() {
            assertEquals(List.of(), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Bank {
                        private final Lock lock = new ReentrantLock();
                        int balance;
                        void add(int n) {
                            lock.lock();
                            try { balance += n; } finally { lock.unlock(); }
                        }
                    }
                    """));
        }

        @Test
        void anUnlockInTheCloseOfAnAutoCloseableGuardIsNot() {
            assertEquals(List.of(), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Bank {
                        private final ReentrantLock lock = new ReentrantLock();
                        private record Held(ReentrantLock lock) implements AutoCloseable {
                            public void close() { lock.unlock(); }
                        }
                        int balance;
                        void add(int n) {
                            lock.lock();
                            try (Held held = new Held(lock)) { balance += n; }
                        }
                    }
                    """));
        }

        @Test
        void anUnlockInAnotherMethodNamedCloseIsStillFound() {
            // close(int) is no AutoCloseable's close(), and a class that is not AutoCloseable has no such promise
            assertEquals(List.of(4, 7), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Gate {
                        private final ReentrantLock lock = new ReentrantLock();
                        void close(int n) {
                            lock.unlock();
                        }
                        void close() {
                            lock.unlock();
                        }
                    }
                    """));
        }

        @Test
        void anUnlockInAPrivateHelperCalledOnlyFromFinallyBlocksIsNot() {
            assertEquals(List.of(), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Stripes {
                        private final ReentrantLock[] locks = { new ReentrantLock(), new ReentrantLock() };
                        long sum;
                        long total() {
                            lockAll();
                            try { return sum; } finally { unlockAll(); }
                        }
                        void add(long n) {
                            lockAll();
                            try { sum += n; } finally { unlockAll(); }
                        }
                        private void lockAll() { for (ReentrantLock l : locks) l.lock(); }
                        private void unlockAll() { for (int i = locks.length - 1; i >= 0; i--) locks[i].unlock(); }
                    }
                    """));
        }

        @Test
        void anUnlockInAHelperIsFoundWhenOneCallIsOutsideFinallyOrItIsNotPrivate() {
            assertEquals(List.of(11, 12), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Stripes {
                        private final ReentrantLock lock = new ReentrantLock();
                        long sum;
                        long total() {
                            lock.lock();
                            try { return sum; } finally { release(); }
                        }
                        void add(long n) {
                            lock.lock(); sum += n; release();
                        }
                        private void release() { lock.unlock(); }
                        void releaseForCallers() { lock.unlock(); }
                    }
                    """));
        }

        @Test
        void aMethodOfTheLearnersOwnNamedUnlockIsNot() {
            assertEquals(List.of(), lines(ReviewRule.UNLOCK_OUTSIDE_FINALLY, """
                    class Door { void unlock() { } }
                    void open(Door d) { d.unlock(); }
                    """));
        }
    }

    @Nested
    class ReleaseOutsideFinally {
        @Test
        void aReleaseAfterTheWorkIsFound() {
            assertEquals(List.of(4), lines(ReviewRule.RELEASE_OUTSIDE_FINALLY, """
                    final Semaphore permits = new Semaphore(3);
                    void use(Runnable work) throws InterruptedException {
                        permits.acquire(); work.run();
                        permits.release();
                    }
                    """));
        }

        @Test
        void aReleaseInTheCloseOfAnAutoCloseablePermitIsNot() {
            assertEquals(List.of(), lines(ReviewRule.RELEASE_OUTSIDE_FINALLY, """
                    final Semaphore permits = new Semaphore(3);
                    class Permit implements AutoCloseable {
                        public void close() { permits.release(); }
                    }
                    """));
        }

        @Test
        void aReleaseInAPrivateHelperCalledOnlyFromFinallyIsNot() {
            assertEquals(List.of(), lines(ReviewRule.RELEASE_OUTSIDE_FINALLY, """
                    final Semaphore permits = new Semaphore(3);
                    void use(Runnable work) throws InterruptedException {
                        permits.acquire();
                        try { work.run(); } finally { giveBack(); }
                    }
                    private void giveBack() { permits.release(); }
                    """));
        }

        @Test
        void aReleaseInFinallyIsNot() {
            assertEquals(List.of(), lines(ReviewRule.RELEASE_OUTSIDE_FINALLY, """
                    final Semaphore permits = new Semaphore(3);
                    void use(Runnable work) throws InterruptedException {
                        permits.acquire();
                        try { work.run(); } finally { permits.release(); }
                    }
                    """));
        }
    }

    @Nested
    class WaitNotInLoop {
        @Test
        void waitUnderAnIfAndAwaitUnderAnIfAreFound() {
            assertEquals(List.of(6, 11), lines(ReviewRule.WAIT_NOT_IN_LOOP, """
                    class Box {
                        final ReentrantLock lock = new ReentrantLock();
                        final Condition full = lock.newCondition();
                        String item;
                        synchronized String take() throws InterruptedException {
                            if (item == null) wait();
                            String it = item; item = null; return it;
                        }
                        void await() throws InterruptedException {
                            lock.lock();
                            try { if (item == null) full.await(); } finally { lock.unlock(); }
                        }
                    }
                    """));
        }

        @Test
        void aLoopOutsideTheLambdaThatWaitsDoesNotCount() {
            assertEquals(List.of(4), lines(ReviewRule.WAIT_NOT_IN_LOOP, """
                    final Object monitor = new Object();
                    void startAll() {
                        for (int i = 0; i < 3; i++) {
                            Thread.ofPlatform().start(() -> { synchronized (monitor) { try { monitor.wait(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } } });
                        }
                    }
                    """));
        }

        @Test
        void waitsInWhileAndDoLoopsAreNot() {
            assertEquals(List.of(), lines(ReviewRule.WAIT_NOT_IN_LOOP, """
                    String item;
                    synchronized String take() throws InterruptedException {
                        while (item == null) wait();
                        String it = item; item = null; notifyAll(); return it;
                    }
                    synchronized void put(String s) throws InterruptedException {
                        do { if (item == null) break; wait(100); } while (true);
                        item = s; notifyAll();
                    }
                    """));
        }

        @Test
        void aPrivateHelperThatWaitsIsNotWhenEveryCallOfItIsInALoop() {
            assertEquals(List.of(), lines(ReviewRule.WAIT_NOT_IN_LOOP, """
                    class Box {
                        String item;
                        synchronized String take() throws InterruptedException {
                            while (item == null) awaitChange();
                            String it = item; item = null; notifyAll(); return it;
                        }
                        synchronized void put(String s) throws InterruptedException {
                            for (;;) { if (item == null) break; awaitChange(); }
                            item = s; notifyAll();
                        }
                        private void awaitChange() throws InterruptedException { wait(); }
                    }
                    """));
        }

        @Test
        void aHelperThatWaitsIsFoundWhenOneCallIsNotInALoopOrItIsNotPrivate() {
            assertEquals(List.of(11, 15), lines(ReviewRule.WAIT_NOT_IN_LOOP, """
                    class Box {
                        String item;
                        synchronized String take() throws InterruptedException {
                            while (item == null) awaitChange();
                            String it = item; item = null; notifyAll(); return it;
                        }
                        synchronized void put(String s) throws InterruptedException {
                            if (item != null) awaitChange();
                            item = s; notifyAll();
                        }
                        private void awaitChange() throws InterruptedException { wait(); }
                        synchronized void drain() throws InterruptedException {
                            while (item != null) awaitEmpty();
                        }
                        void awaitEmpty() throws InterruptedException { wait(); }
                    }
                    """));
        }

        @Test
        void aLatchAwaitIsNotAConditionWait() {
            assertEquals(List.of(), lines(ReviewRule.WAIT_NOT_IN_LOOP, """
                    void ready(CountDownLatch latch) throws InterruptedException { latch.await(); }
                    """));
        }
    }

    @Nested
    class SwallowedInterrupt {
        @Test
        void aCatchThatOnlyReturnsIsFound() {
            assertEquals(List.of(5), lines(ReviewRule.SWALLOWED_INTERRUPT, """
                    class Ticker implements Runnable {
                        public void run() {
                            while (true) {
                                try { Thread.sleep(10); }
                                catch (InterruptedException e) { return; }
                            }
                        }
                    }
                    """));
        }

        @Test
        void anEmptyCatchOfAUnionIsFound() {
            assertEquals(List.of(3), lines(ReviewRule.SWALLOWED_INTERRUPT, """
                    int first(Future<Integer> f) {
                        try { return f.get(); }
                        catch (InterruptedException | ExecutionException e) { return -1; }
                    }
                    """));
        }

        @Test
        void restoringRethrowingOrRestoringAfterTheLoopIsNot() {
            assertEquals(List.of(), lines(ReviewRule.SWALLOWED_INTERRUPT, """
                    void restores() {
                        try { Thread.sleep(10); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    }
                    void rethrows() {
                        try { Thread.sleep(10); } catch (InterruptedException e) { throw new IllegalStateException(e); }
                    }
                    void restoresAfterTheLoop() {
                        while (true) {
                            try { Thread.sleep(10); } catch (InterruptedException e) { break; }
                        }
                        Thread.currentThread().interrupt();
                    }
                    """));
        }
    }

    @Nested
    class SleepInsteadOfJoin {
        @Test
        void sleepingAfterStartingThreadsIsFound() {
            assertEquals(List.of(6), lines(ReviewRule.SLEEP_INSTEAD_OF_JOIN, """
                    int[] compute(int n) throws InterruptedException {
                        int[] out = new int[n];
                        for (int i = 0; i < n; i++) {
                            int k = i; Thread.ofPlatform().start(() -> out[k] = k * k);
                        }
                        Thread.sleep(300);
                        return out;
                    }
                    """));
        }

        @Test
        void sleepingAfterSubmittingToAPoolIsFound() {
            assertEquals(List.of(4), lines(ReviewRule.SLEEP_INSTEAD_OF_JOIN, """
                    class Jobs {
                        void runAll(ExecutorService pool, List<Runnable> jobs) throws InterruptedException {
                            jobs.forEach(pool::execute); for (Runnable j : jobs) pool.execute(j);
                            TimeUnit.SECONDS.sleep(1);
                        }
                    }
                    """));
        }

        @Test
        void aMapsGetDoesNotCountAsWaitingButAFuturesGetDoes() {
            String source = """
                    Map<Integer, Integer> squares(int n, ExecutorService pool) throws Exception {
                        Map<Integer, Integer> out = new ConcurrentHashMap<>();
                        for (int i = 0; i < n; i++) { int k = i; pool.submit(() -> out.put(k, k * k)); }
                        Thread.sleep(200);
                        System.out.println(out.get(0));
                        return out;
                    }
                    int one(ExecutorService pool) throws Exception {
                        Future<Integer> f = pool.submit(() -> 1);
                        Thread.sleep(5);
                        return f.get();
                    }
                    void inAPool() throws InterruptedException {
                        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                            pool.submit(() -> { });
                            Thread.sleep(5);
                        }
                    }
                    """;
            assertEquals(List.of(4), lines(ReviewRule.SLEEP_INSTEAD_OF_JOIN, source));
        }

        @Test
        void joiningOrSleepingInsideTheWorkerIsNot() {
            assertEquals(List.of(), lines(ReviewRule.SLEEP_INSTEAD_OF_JOIN, """
                    void work() { try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }
                    void compute() throws InterruptedException {
                        Thread t = Thread.ofPlatform().start(() -> { work(); try { Thread.sleep(5); } catch (InterruptedException e) { } });
                        Thread.sleep(10);
                        t.join();
                    }
                    void sleepFirst() throws InterruptedException { Thread.sleep(10); new Thread(() -> { }).start(); }
                    """));
        }
    }

    @Nested
    class SleepHoldingLock {
        @Test
        void sleepsInASynchronizedMethodBlockOrLockedRegionAreFound() {
            assertEquals(List.of(1, 2, 3), lines(ReviewRule.SLEEP_HOLDING_LOCK, """
                    synchronized void a() throws InterruptedException { Thread.sleep(5); }
                    void b(Object m) throws InterruptedException { synchronized (m) { Thread.sleep(5); } }
                    void c(Lock l) throws InterruptedException { l.lock(); try { Thread.sleep(5); } finally { l.unlock(); } }
                    """));
        }

        @Test
        void aSleepOutsideTheLockIsNot() {
            assertEquals(List.of(), lines(ReviewRule.SLEEP_HOLDING_LOCK, """
                    void a(Object m) throws InterruptedException { synchronized (m) { m.notifyAll(); } Thread.sleep(5); }
                    synchronized void b(Object m) { Thread.ofPlatform().start(() -> { try { Thread.sleep(5); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }); }
                    """));
        }
    }

    @Nested
    class ExecutorNotClosed {
        @Test
        void aPoolNeverClosedIsFoundOnItsLineAlsoWhenOnlyAsyncStagesUseIt() {
            assertEquals(List.of(3, 8), lines(ReviewRule.EXECUTOR_NOT_CLOSED, """
                    class Fetch {
                        List<String> all(List<Integer> ids) throws Exception {
                            ExecutorService pool = Executors.newFixedThreadPool(4);
                            List<Future<String>> fs = new ArrayList<>();
                            for (int id : ids) fs.add(pool.submit(() -> "r" + id));
                            List<String> out = new ArrayList<>();
                            for (var f : fs) out.add(f.get());
                            var executor = Executors.newVirtualThreadPerTaskExecutor();
                            CompletableFuture.supplyAsync(() -> 1, executor).join();
                            return out;
                        }
                    }
                    """));
        }

        @Test
        void closedShutDownOrHandedOnIsNot() {
            assertEquals(List.of(), lines(ReviewRule.EXECUTOR_NOT_CLOSED, """
                    class Pools {
                        ExecutorService field;
                        int inTry() throws Exception {
                            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                                return pool.submit(() -> 1).get();
                            }
                        }
                        void closed() {
                            ExecutorService pool = Executors.newCachedThreadPool();
                            pool.execute(() -> { });
                            pool.close();
                        }
                        void shutDown() {
                            ExecutorService pool = Executors.newSingleThreadExecutor();
                            try { pool.execute(() -> { }); } finally { pool.shutdown(); }
                        }
                        ExecutorService made() {
                            ExecutorService pool = Executors.newFixedThreadPool(2);
                            return pool;
                        }
                        void kept() {
                            ExecutorService pool = Executors.newFixedThreadPool(2);
                            field = pool;
                        }
                        void handedOn(com.sun.net.httpserver.HttpServer server) {
                            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
                            server.setExecutor(pool);
                        }
                    }
                    """));
        }
    }

    @Nested
    class ExecutorNotAwaited {
        @Test
        void aPoolShutDownAndLeftIsFoundOnItsLine() {
            assertEquals(List.of(3, 10), lines(ReviewRule.EXECUTOR_NOT_AWAITED, """
                    class Fetch {
                        List<String> all(List<Integer> ids) throws Exception {
                            ExecutorService pool = Executors.newFixedThreadPool(4);
                            try {
                                return List.of(pool.submit(() -> "r").get());
                            } finally {
                                pool.shutdown();
                            }
                        }
                        void now() { ExecutorService pool = Executors.newCachedThreadPool(); pool.shutdownNow(); }
                    }
                    """));
        }

        @Test
        void closedAwaitedPolledJoinedOrHandedOnIsNot() {
            assertEquals(List.of(), lines(ReviewRule.EXECUTOR_NOT_AWAITED, """
                    class Pools {
                        ExecutorService field;
                        void awaited() throws Exception {
                            ExecutorService pool = Executors.newFixedThreadPool(2);
                            pool.shutdown();
                            pool.awaitTermination(1, TimeUnit.MINUTES);
                        }
                        void closed() {
                            ExecutorService pool = Executors.newCachedThreadPool();
                            pool.shutdown();
                            pool.close();
                        }
                        void polled() throws Exception {
                            ExecutorService pool = Executors.newCachedThreadPool();
                            pool.shutdown();
                            while (!pool.isTerminated()) Thread.sleep(1);
                        }
                        void joined(Thread worker) throws Exception {
                            ExecutorService pool = Executors.newSingleThreadExecutor();
                            pool.shutdown();
                            worker.join();
                        }
                        void kept() {
                            ExecutorService pool = Executors.newFixedThreadPool(2);
                            pool.shutdown();
                            field = pool;
                        }
                        void neverShutDown() {
                            ExecutorService pool = Executors.newFixedThreadPool(2);
                            pool.execute(() -> { });
                        }
                    }
                    """));
        }

        @Test
        void itIsARequirementNotAdvice() {
            assertFalse(ReviewRule.EXECUTOR_NOT_AWAITED.advice());
        }
    }

    @Nested
    class PmdsOwnRules {
        @Test
        void notifyDoubleCheckedLockingAndRunAreFound() {
            String source = """
                    class Lazy {
                        private static Lazy instance;
                        static Lazy get() {
                            if (instance == null) {
                                synchronized (Lazy.class) {
                                    if (instance == null) { instance = new Lazy(); }
                                }
                            }
                            return instance;
                        }
                        synchronized void ping() { notify(); }
                        void go(Thread t) { t.run(); }
                    }
                    """;
            assertEquals(List.of(3), lines(ReviewRule.DOUBLE_CHECKED_LOCKING, source));
            assertEquals(List.of(11), lines(ReviewRule.NOTIFY_NOT_NOTIFY_ALL, source));
            assertEquals(List.of(12), lines(ReviewRule.RUN_INSTEAD_OF_START, source));
        }
    }

    @Test
    void aFindingCarriesTheLearnersFileLineAndCodeAfterAPackageAndImports() {
        Review r = review("""
                package bank;
                import java.util.concurrent.locks.ReentrantLock;

                class Bank {
                    final ReentrantLock lock = new ReentrantLock();
                    void add() { lock.lock();
                        lock.unlock(); }
                }
                """);
        Finding f = r.findings().stream().filter(x -> x.rule() == ReviewRule.UNLOCK_OUTSIDE_FINALLY).findFirst()
                .orElseThrow();
        assertEquals("Learner.java:7", f.where());
        assertEquals("lock.unlock(); }", f.code());
        assertEquals(ReviewRule.UNLOCK_OUTSIDE_FINALLY.sentence(), f.message());
    }

    @Nested
    class TakesALock {
        @Test
        void synchronizedMethodsBlocksAndLocksAreFoundOnTheirLines() {
            assertEquals(List.of(4, 7, 11, 15, 19), lines(ReviewRule.TAKES_A_LOCK, """
                    class Stack {
                        final ReentrantLock lock = new ReentrantLock();
                        final Semaphore permits = new Semaphore(1);
                        synchronized void push(int item) { }
                        final StampedLock stamped = new StampedLock();
                        int pop() {
                            synchronized (this) { return 0; }
                        }
                        int peek() {
                            try {
                                lock.lock();
                                return 1;
                            } finally { lock.unlock(); }
                        }
                        void drop() throws InterruptedException { permits.acquire(); permits.release(); }
                        long size() { long s = stamped.tryOptimisticRead(); return s; }
                        int top() {
                            return 2; }
                        void clear() { long s = stamped.writeLock(); stamped.unlockWrite(s); }
                    }
                    """));
        }

        @Test
        void compareAndSetLoopsAndAtomicsAreNot() {
            assertEquals(List.of(), lines(ReviewRule.TAKES_A_LOCK, """
                    class Stack {
                        private record Node(int item, Node next) { }
                        private final AtomicReference<Node> top = new AtomicReference<>();
                        void push(int item) {
                            Node old;
                            do { old = top.get(); } while (!top.compareAndSet(old, new Node(item, old)));
                        }
                        final AtomicInteger size = new AtomicInteger();
                        int grow() { return size.incrementAndGet(); }
                    }
                    """));
        }

        @Test
        void aFlagClaimedInALoopIsALockBuiltByHand() {
            assertEquals(List.of(7, 13, 19, 23), lines(ReviewRule.TAKES_A_LOCK, """
                    class Stack {
                        final AtomicBoolean busy = new AtomicBoolean();
                        final AtomicInteger owner = new AtomicInteger();
                        int items;
                        private static final VarHandle BUSY = null;
                        void push() {
                            while (!busy.compareAndSet(false, true)) Thread.onSpinWait();
                            items++;
                            busy.set(false);
                        }
                        void pop() {
                            while (true) {
                                if (owner.compareAndSet(0, 1)) {
                                    try { items--; return; } finally { owner.set(0); }
                                }
                            }
                        }
                        void clear() {
                            while (busy.getAndSet(true)) { }
                            try { items = 0; } finally { busy.set(false); }
                        }
                        void peek() {
                            do { } while (!BUSY.weakCompareAndSetAcquire(this, false, true));
                            BUSY.setRelease(this, false);
                        }
                        void once() { if (busy.compareAndSet(false, true)) items = 1; }
                    }
                    """));
        }

        @Test
        void itIsARequirementNotAdviceForEveryExercise() {
            assertFalse(ReviewRule.TAKES_A_LOCK.advice());
            assertTrue(ReviewRule.UNLOCK_OUTSIDE_FINALLY.advice());
        }
    }

    @Test
    void aFileTheAnalyzerCannotReadIsNotReviewedAndSaysWhy() {
        Review r = review("class Broken { void m( { }");
        assertInstanceOf(Review.NotReviewed.class, r);
        assertTrue(((Review.NotReviewed) r).why().contains("Learner.java"), r.toString());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void everyRuleOfTheCourseIsInTheRuleSet() throws Exception {
        String rules = new String(ReviewRulesTest.class.getResourceAsStream("/dev/threadlings/review/rules.xml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (ReviewRule rule : ReviewRule.values()) {
            assertTrue(rules.contains("name=\"" + rule.pmdName() + "\"") || rules.contains("/" + rule.pmdName() + "\""),
                    rule + " has no rule in rules.xml");
        }
    }
}

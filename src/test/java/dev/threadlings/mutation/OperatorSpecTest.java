package dev.threadlings.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.mutation.operator.AtomicToGetThenSet;
import dev.threadlings.mutation.operator.DescendantsToChildren;
import dev.threadlings.mutation.operator.DropShutdown;
import dev.threadlings.mutation.operator.DropExecutor;
import dev.threadlings.mutation.operator.DropTryResource;
import dev.threadlings.mutation.operator.FixedRateFixedDelay;
import dev.threadlings.mutation.operator.JoinToSleep;
import dev.threadlings.mutation.operator.LockOtherObject;
import dev.threadlings.mutation.operator.MoveSynchronizedBlock;
import dev.threadlings.mutation.operator.NotifyAllToNotify;
import dev.threadlings.mutation.operator.PlainCollection;
import dev.threadlings.mutation.operator.PutToOffer;
import dev.threadlings.mutation.operator.RemoveParallel;
import dev.threadlings.mutation.operator.RemoveJoin;
import dev.threadlings.mutation.operator.RemoveNotify;
import dev.threadlings.mutation.operator.RemoveRelease;
import dev.threadlings.mutation.operator.RemoveSynchronizedBlock;
import dev.threadlings.mutation.operator.RemoveSynchronizedMethod;
import dev.threadlings.mutation.operator.RemoveVolatile;
import dev.threadlings.mutation.operator.ShrinkSynchronizedBlock;
import dev.threadlings.mutation.operator.SplitSynchronizedBlock;
import dev.threadlings.mutation.operator.SwallowInterrupt;
import dev.threadlings.mutation.operator.SwapLockOrder;
import dev.threadlings.mutation.operator.TakeToPoll;
import dev.threadlings.mutation.operator.UnlockOutOfFinally;
import dev.threadlings.mutation.operator.WhileToIf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each operator on small snippets: the source in, every mutant's source out (in order). */
class OperatorSpecTest {

    private static void assertMutants(MutationOperator operator, String source, String... expected) {
        List<String> actual = operator.mutate(SourceTree.parse(source)).stream().map(Mutant::source).toList();
        assertEquals(List.of(expected), actual);
    }

    @Test
    void removesSynchronizedFromMethodsKeepingOtherModifiersAndAnnotations() {
        assertMutants(new RemoveSynchronizedMethod(), """
                class C {
                    @Deprecated public synchronized /* x */ void a() {}
                    void b() {}
                }
                """, """
                class C {
                    @Deprecated public /* x */ void a() {}
                    void b() {}
                }
                """);
    }

    @Test
    void removesSynchronizedFromTopLevelMethodsOfAJShellStyleFile() {
        assertMutants(new RemoveSynchronizedMethod(), """
                int count;
                synchronized void increment() { count++; }
                """, """
                int count;
                void increment() { count++; }
                """);
    }

    @Test
    void removesVolatile() {
        assertMutants(new RemoveVolatile(), "class W { private volatile boolean stop; int n; }\n",
                "class W { private boolean stop; int n; }\n");
    }

    @Test
    void removesASynchronizedBlocksLockAndKeepsItsBody() {
        assertMutants(new RemoveSynchronizedBlock(), "void f() { synchronized (lock) { n++; } }\n",
                "void f() { { n++; } }\n");
    }

    @Test
    void shrinksASynchronizedBlockFromEitherEnd() {
        assertMutants(new ShrinkSynchronizedBlock(), """
                void f() {
                    synchronized (this) {
                        a();
                        b();
                    }
                }
                """, """
                void f() {
                    a();
                    synchronized (this) {
                        b();
                    }
                }
                """, """
                void f() {
                    synchronized (this) {
                        a();
                    }
                    b();
                }
                """);
    }

    @Test
    void splitsASynchronizedBlockBetweenEachPairOfStatements() {
        assertMutants(new SplitSynchronizedBlock(), """
                void f() {
                    synchronized (this) {
                        a();
                        b();
                    }
                }
                """, """
                void f() {
                    synchronized (this) {
                        a();
                        }
                    synchronized (this) {
                        b();
                    }
                }
                """);
    }

    @Test
    void movesASynchronizedBlockDownAndUpByOneStatement() {
        assertMutants(new MoveSynchronizedBlock(), """
                void f() {
                    x();
                    synchronized (this) {
                        a();
                    }
                    y();
                }
                """, """
                void f() {
                    x();
                    a();
                    synchronized (this) {
                        y();
                    }
                }
                """, """
                void f() {
                    synchronized (this) {
                        x();
                    }
                    a();
                    y();
                }
                """);
    }

    @Test
    void locksAFreshObjectOrThisOrAnotherField() {
        assertMutants(new LockOtherObject(), """
                class A {
                    final Object lock = new Object();
                    int n;
                    void f() { synchronized (lock) { n++; } }
                    void g() { synchronized (this) { n++; } }
                    static void h() { synchronized (A.class) { } }
                }
                """, """
                class A {
                    final Object lock = new Object();
                    int n;
                    void f() { synchronized (new Object()) { n++; } }
                    void g() { synchronized (this) { n++; } }
                    static void h() { synchronized (A.class) { } }
                }
                """, """
                class A {
                    final Object lock = new Object();
                    int n;
                    void f() { synchronized (this) { n++; } }
                    void g() { synchronized (this) { n++; } }
                    static void h() { synchronized (A.class) { } }
                }
                """, """
                class A {
                    final Object lock = new Object();
                    int n;
                    void f() { synchronized (lock) { n++; } }
                    void g() { synchronized (new Object()) { n++; } }
                    static void h() { synchronized (A.class) { } }
                }
                """, """
                class A {
                    final Object lock = new Object();
                    int n;
                    void f() { synchronized (lock) { n++; } }
                    void g() { synchronized (lock) { n++; } }
                    static void h() { synchronized (A.class) { } }
                }
                """, """
                class A {
                    final Object lock = new Object();
                    int n;
                    void f() { synchronized (lock) { n++; } }
                    void g() { synchronized (this) { n++; } }
                    static void h() { synchronized (new Object()) { } }
                }
                """);
    }

    @Test
    void swapsNestedMonitorsAndConsecutiveLockCalls() {
        assertMutants(new SwapLockOrder(), """
                void t(Object a, Object b) { synchronized (a) { synchronized (b) { } } }
                void u() { first.lock(); second.lockInterruptibly(); }
                """, """
                void t(Object a, Object b) { synchronized (b) { synchronized (a) { } } }
                void u() { first.lock(); second.lockInterruptibly(); }
                """, """
                void t(Object a, Object b) { synchronized (a) { synchronized (b) { } } }
                void u() { second.lock(); first.lockInterruptibly(); }
                """);
    }

    @Test
    void turnsAWhileAroundAWaitIntoAnIfButLeavesOtherLoops() {
        assertMutants(new WhileToIf(), """
                synchronized void take() throws InterruptedException {
                    while (items == 0) { wait(); }
                    while (i < 3) { i++; }
                    while (!ready) notEmpty.await();
                }
                """, """
                synchronized void take() throws InterruptedException {
                    if (items == 0) { wait(); }
                    while (i < 3) { i++; }
                    while (!ready) notEmpty.await();
                }
                """, """
                synchronized void take() throws InterruptedException {
                    while (items == 0) { wait(); }
                    while (i < 3) { i++; }
                    if (!ready) notEmpty.await();
                }
                """);
    }

    @Test
    void wakesOneWaiterInsteadOfAll() {
        assertMutants(new NotifyAllToNotify(), "void f() { notifyAll(); cond.signalAll(); cond.signal(); }\n",
                "void f() { notify(); cond.signalAll(); cond.signal(); }\n",
                "void f() { notifyAll(); cond.signal(); cond.signal(); }\n");
    }

    @Test
    void removesNotifyAndSignalStatements() {
        assertMutants(new RemoveNotify(), "void f() { notifyAll(); if (x) cond.signal(); }\n",
                "void f() { ; if (x) cond.signal(); }\n", "void f() { notifyAll(); if (x) ; }\n");
    }

    @Test
    void movesUnlockOutOfFinallyKeepingAReturnedValueComputedUnderTheLock() {
        assertMutants(new UnlockOutOfFinally(), """
                void put(int v) {
                    lock.lock();
                    try {
                        value = v;
                    } finally {
                        lock.unlock();
                    }
                }
                int get() {
                    lock.lock();
                    try {
                        return value;
                    } finally {
                        lock.unlock();
                    }
                }
                """, """
                void put(int v) {
                    lock.lock();
                    try {
                        value = v;
                        lock.unlock();
                    } finally {
                    }
                }
                int get() {
                    lock.lock();
                    try {
                        return value;
                    } finally {
                        lock.unlock();
                    }
                }
                """, """
                void put(int v) {
                    lock.lock();
                    try {
                        value = v;
                    } finally {
                        lock.unlock();
                    }
                }
                int get() {
                    lock.lock();
                    try {
                        var returned$ = value;
                        lock.unlock();
                        return returned$;
                    } finally {
                    }
                }
                """);
    }

    @Test
    void removesJoinStatementsAndLambdaBodies() {
        assertMutants(new RemoveJoin(), "void f() throws Exception { t.join(); run(() -> u.join()); int x = cf.join(); }\n",
                "void f() throws Exception { ; run(() -> u.join()); int x = cf.join(); }\n",
                "void f() throws Exception { t.join(); run(() -> {}); int x = cf.join(); }\n");
    }

    @Test
    void replacesAnUntimedJoinBySleeping() {
        assertMutants(new JoinToSleep(), "void f() throws Exception { t.join(); t.join(100); join(); }\n",
                "void f() throws Exception { Thread.sleep(300); t.join(100); join(); }\n");
    }

    @Test
    void removesCountDownAndRelease() {
        assertMutants(new RemoveRelease(), "void f() { latch.countDown(); permits.release(); }\n",
                "void f() { ; permits.release(); }\n", "void f() { latch.countDown(); ; }\n");
    }

    @Test
    void splitsAtomicUpdatesIntoAGetAndASet() {
        assertMutants(new AtomicToGetThenSet(), """
                final AtomicInteger n = new AtomicInteger();
                void f() { n.incrementAndGet(); }
                int g() { return n.getAndAdd(2); }
                int h() { return n.updateAndGet(x -> x * 2); }
                boolean c(int a) { return n.compareAndSet(a, a + 1); }
                """, """
                final AtomicInteger n = new AtomicInteger();
                void f() { n.set(n.get() + 1); }
                int g() { return n.getAndAdd(2); }
                int h() { return n.updateAndGet(x -> x * 2); }
                boolean c(int a) { return n.compareAndSet(a, a + 1); }
                """, """
                final AtomicInteger n = new AtomicInteger();
                void f() { n.incrementAndGet(); }
                int g() { return n.getAndSet(n.get() + (2)); }
                int h() { return n.updateAndGet(x -> x * 2); }
                boolean c(int a) { return n.compareAndSet(a, a + 1); }
                """, """
                final AtomicInteger n = new AtomicInteger();
                void f() { n.incrementAndGet(); }
                int g() { return n.getAndAdd(2); }
                int h() { return (java.util.Objects.isNull(n.getAndSet(new AtomicInteger(n.get()).updateAndGet(x -> x * 2))) ? n.get() : n.get()); }
                boolean c(int a) { return n.compareAndSet(a, a + 1); }
                """, """
                final AtomicInteger n = new AtomicInteger();
                void f() { n.incrementAndGet(); }
                int g() { return n.getAndAdd(2); }
                int h() { return n.updateAndGet(x -> x * 2); }
                boolean c(int a) { return (n.get() == (a) && (java.util.Objects.isNull(n.getAndSet(a + 1)) | true)); }
                """);
    }

    @Test
    void replacesConcurrentCollectionsByPlainOnesWhereTheDeclarationAllows() {
        assertMutants(new PlainCollection(), """
                ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
                Map<String, Integer> cache = new ConcurrentHashMap<>(16);
                BlockingQueue<String> queue = new LinkedBlockingQueue<>();
                Set<String> seen = ConcurrentHashMap.newKeySet();
                List<String> log = Collections.synchronizedList(new ArrayList<>());
                """, """
                HashMap<String, Integer> counts = new HashMap<>();
                Map<String, Integer> cache = new ConcurrentHashMap<>(16);
                BlockingQueue<String> queue = new LinkedBlockingQueue<>();
                Set<String> seen = ConcurrentHashMap.newKeySet();
                List<String> log = Collections.synchronizedList(new ArrayList<>());
                """, """
                ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
                Map<String, Integer> cache = new HashMap<>(16);
                BlockingQueue<String> queue = new LinkedBlockingQueue<>();
                Set<String> seen = ConcurrentHashMap.newKeySet();
                List<String> log = Collections.synchronizedList(new ArrayList<>());
                """, """
                ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
                Map<String, Integer> cache = new ConcurrentHashMap<>(16);
                BlockingQueue<String> queue = new LinkedBlockingQueue<>();
                Set<String> seen = new HashSet<>();
                List<String> log = Collections.synchronizedList(new ArrayList<>());
                """, """
                ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
                Map<String, Integer> cache = new ConcurrentHashMap<>(16);
                BlockingQueue<String> queue = new LinkedBlockingQueue<>();
                Set<String> seen = ConcurrentHashMap.newKeySet();
                List<String> log = new ArrayList<>();
                """);
    }

    @Test
    void offersInsteadOfPuttingButLeavesMapPuts() {
        assertMutants(new PutToOffer(), "void f() throws Exception { queue.put(x); map.put(k, v); }\n",
                "void f() throws Exception { queue.offer(x); map.put(k, v); }\n");
    }

    @Test
    void swallowsInterruptedException() {
        assertMutants(new SwallowInterrupt(), """
                void f() {
                    try { Thread.sleep(10); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    try { Thread.sleep(10); } catch (IOException | InterruptedException e) { log(e); return; }
                    try { Thread.sleep(10); } catch (RuntimeException e) { log(e); }
                }
                """, """
                void f() {
                    try { Thread.sleep(10); } catch (InterruptedException e) { ; }
                    try { Thread.sleep(10); } catch (IOException | InterruptedException e) { log(e); return; }
                    try { Thread.sleep(10); } catch (RuntimeException e) { log(e); }
                }
                """, """
                void f() {
                    try { Thread.sleep(10); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    try { Thread.sleep(10); } catch (IOException | InterruptedException e) { }
                    try { Thread.sleep(10); } catch (RuntimeException e) { log(e); }
                }
                """);
    }

    @Test
    void dropsShutdownAwaitTerminationAndClose() {
        assertMutants(new DropShutdown(), "void f() throws Exception { pool.shutdown(); pool.awaitTermination(1, SECONDS); }\n",
                "void f() throws Exception { ; pool.awaitTermination(1, SECONDS); }\n",
                "void f() throws Exception { pool.shutdown(); ; }\n");
    }

    @Test
    void takesEachResourceOutOfATryWithResources() {
        assertMutants(new DropTryResource(), """
                void f() throws Exception {
                    try (var pool = Executors.newFixedThreadPool(2); var out = open()) { use(pool, out); }
                    try (var scope = open()) { use(scope); } catch (IOException e) { }
                }
                """, """
                void f() throws Exception {
                    { var pool = Executors.newFixedThreadPool(2); try (var out = open()) { use(pool, out); } }
                    try (var scope = open()) { use(scope); } catch (IOException e) { }
                }
                """, """
                void f() throws Exception {
                    { var out = open(); try (var pool = Executors.newFixedThreadPool(2)) { use(pool, out); } }
                    try (var scope = open()) { use(scope); } catch (IOException e) { }
                }
                """, """
                void f() throws Exception {
                    try (var pool = Executors.newFixedThreadPool(2); var out = open()) { use(pool, out); }
                    { var scope = open(); try { use(scope); } catch (IOException e) { } }
                }
                """);
    }

    @Test
    void looksAtChildrenInsteadOfDescendants() {
        assertMutants(new DescendantsToChildren(), "void f(Process p) { p.descendants().forEach(h -> h.destroy()); }\n",
                "void f(Process p) { p.children().forEach(h -> h.destroy()); }\n");
    }

    @Test
    void pollsInsteadOfTaking() {
        assertMutants(new TakeToPoll(), "void f() throws Exception { String s = queue.take(); take(); }\n",
                "void f() throws Exception { String s = queue.poll(); take(); }\n");
    }

    @Test
    void runsAParallelStreamSequentially() {
        assertMutants(new RemoveParallel(), """
                List<Integer> f(List<Integer> xs) { return IntStream.range(0, 9).parallel().boxed().toList(); }
                long g(List<Integer> xs) { return xs.parallelStream().count(); }
                """, """
                List<Integer> f(List<Integer> xs) { return IntStream.range(0, 9).boxed().toList(); }
                long g(List<Integer> xs) { return xs.parallelStream().count(); }
                """, """
                List<Integer> f(List<Integer> xs) { return IntStream.range(0, 9).parallel().boxed().toList(); }
                long g(List<Integer> xs) { return xs.stream().count(); }
                """);
    }

    @Test
    void dropsTheExecutorOfAnAsyncStageButNotItsFunction() {
        assertMutants(new DropExecutor(), """
                void f(Executor pool) {
                    CompletableFuture.supplyAsync(() -> 1, pool).thenApplyAsync(x -> x + 1);
                    cf.thenCombineAsync(other, (a, b) -> a + b);
                }
                """, """
                void f(Executor pool) {
                    CompletableFuture.supplyAsync(() -> 1).thenApplyAsync(x -> x + 1);
                    cf.thenCombineAsync(other, (a, b) -> a + b);
                }
                """);
    }

    @Test
    void swapsFixedDelayAndFixedRate() {
        assertMutants(new FixedRateFixedDelay(), "void f() { s.scheduleWithFixedDelay(r, 0, 10, MILLISECONDS); }\n",
                "void f() { s.scheduleAtFixedRate(r, 0, 10, MILLISECONDS); }\n");
    }

    @Test
    void theRegistryDropsDuplicateMutantsAndNamesEachStably() {
        String source = "void f() { latch.countDown(); }\nvoid g() { latch.countDown(); }\n";
        List<Mutant> mutants = Operators.mutants(source);
        assertEquals(List.of("remove-release@1", "remove-release@2"),
                mutants.stream().map(m -> m.operator() + "@" + m.line()).toList());
        assertEquals(mutants, Operators.mutants(source), "the same source gives the same mutants and keys");
        assertEquals(mutants.get(0).key(), Operators.mutants("// moved\n" + source).get(0).key(),
                "a change elsewhere in the file keeps the key");
    }
}

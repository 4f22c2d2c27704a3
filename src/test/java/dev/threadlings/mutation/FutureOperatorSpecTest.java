package dev.threadlings.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.mutation.operator.CancelWithoutInterrupt;
import dev.threadlings.mutation.operator.CombineInSequence;
import dev.threadlings.mutation.operator.ComposeToApplyJoin;
import dev.threadlings.mutation.operator.DropCancel;
import dev.threadlings.mutation.operator.DropRecovery;
import dev.threadlings.mutation.operator.DropTimeout;
import dev.threadlings.mutation.operator.RethrowFromCatch;
import dev.threadlings.mutation.operator.RunOnCaller;
import dev.threadlings.mutation.operator.ScheduleToSleep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CompletableFuture and scheduling operators on small snippets: the source in, every mutant's source out. */
class FutureOperatorSpecTest {

    private static void assertMutants(MutationOperator operator, String source, String... expected) {
        List<String> actual = operator.mutate(SourceTree.parse(source)).stream().map(Mutant::source).toList();
        assertEquals(List.of(expected), actual);
    }

    @Test
    void composeBecomesApplyWithAJoinInsideTheStage() {
        assertMutants(new ComposeToApplyJoin(), """
                CompletableFuture<Integer> f(Shop s) {
                    return s.order().thenCompose(o -> s.price(o)).thenComposeAsync(p -> a ? s.tax(p) : s.fee(p));
                }
                CompletableFuture<Integer> g(Shop s) { return s.order().thenCompose(s::price); }
                """, """
                CompletableFuture<Integer> f(Shop s) {
                    return s.order().thenApply(o -> s.price(o).join()).thenComposeAsync(p -> a ? s.tax(p) : s.fee(p));
                }
                CompletableFuture<Integer> g(Shop s) { return s.order().thenCompose(s::price); }
                """, """
                CompletableFuture<Integer> f(Shop s) {
                    return s.order().thenCompose(o -> s.price(o)).thenApplyAsync(p -> (a ? s.tax(p) : s.fee(p)).join());
                }
                CompletableFuture<Integer> g(Shop s) { return s.order().thenCompose(s::price); }
                """, """
                CompletableFuture<Integer> f(Shop s) {
                    return s.order().thenCompose(o -> s.price(o)).thenComposeAsync(p -> a ? s.tax(p) : s.fee(p));
                }
                CompletableFuture<Integer> g(Shop s) { return s.order().thenApply(s::price).thenApply(CompletableFuture::join); }
                """);
    }

    @Test
    void combinedFuturesAreChainedSoTheSecondStartsAfterTheFirst() {
        assertMutants(new CombineInSequence(), """
                Object t = price(o).thenCombine(shipping(o), (p, s) -> p + s);
                Object u = a.thenCombine(b, this::sum);
                """, """
                Object t = price(o).thenCompose((p) -> shipping(o).thenApply((s) -> p + s));
                Object u = a.thenCombine(b, this::sum);
                """);
    }

    @Test
    void timeoutsAreDroppedAndTimedGetsWaitForEver() {
        assertMutants(new DropTimeout(), """
                void f() throws Exception {
                    int r = task.get(100, MILLISECONDS);
                    var g = cf.orTimeout(1, SECONDS)
                            .completeOnTimeout(0, 2, SECONDS)
                            .join();
                    map.get(key);
                }
                """, """
                void f() throws Exception {
                    int r = task.get(Long.MAX_VALUE, MILLISECONDS);
                    var g = cf.orTimeout(1, SECONDS)
                            .completeOnTimeout(0, 2, SECONDS)
                            .join();
                    map.get(key);
                }
                """, """
                void f() throws Exception {
                    int r = task.get(100, MILLISECONDS);
                    var g = cf
                            .completeOnTimeout(0, 2, SECONDS)
                            .join();
                    map.get(key);
                }
                """, """
                void f() throws Exception {
                    int r = task.get(100, MILLISECONDS);
                    var g = cf.orTimeout(1, SECONDS)
                            .join();
                    map.get(key);
                }
                """);
    }

    @Test
    void cancelIsDroppedOrNoLongerInterrupts() {
        String source = "void f() { try { g(); } finally { future.cancel(true); other.cancel(false); } }\n";
        assertMutants(new DropCancel(), source,
                "void f() { try { g(); } finally { ; other.cancel(false); } }\n",
                "void f() { try { g(); } finally { future.cancel(true); ; } }\n");
        assertMutants(new CancelWithoutInterrupt(), source,
                "void f() { try { g(); } finally { future.cancel(false); other.cancel(false); } }\n");
    }

    @Test
    void recoveryStagesAreTakenOutOfTheChain() {
        assertMutants(new DropRecovery(), "Object q = f().exceptionally(e -> 0).join();\n",
                "Object q = f().join();\n");
        assertMutants(new DropRecovery(), """
                Object p = supplyAsync(() -> user())
                        .exceptionally(e -> GUEST)   // no such user
                        .handle((v, e) -> v);
                """, """
                Object p = supplyAsync(() -> user())
                           // no such user
                        .handle((v, e) -> v);
                """, """
                Object p = supplyAsync(() -> user())
                        .exceptionally(e -> GUEST)   // no such user
                        ;
                """);
    }

    @Test
    void aCatchThatEndedNormallyRethrowsButInterruptsAndReturnsAreLeftAlone() {
        assertMutants(new RethrowFromCatch(), """
                void f() {
                    try {
                        beat.run();
                    } catch (RuntimeException e) {
                        onError.accept(e);
                    } catch (IllegalStateException | Error e) { }
                    try { g(); } catch (InterruptedException e) { } catch (Exception e) { return; }
                }
                """, """
                void f() {
                    try {
                        beat.run();
                    } catch (RuntimeException e) {
                        onError.accept(e);
                        throw e;
                    } catch (IllegalStateException | Error e) { }
                    try { g(); } catch (InterruptedException e) { } catch (Exception e) { return; }
                }
                """, """
                void f() {
                    try {
                        beat.run();
                    } catch (RuntimeException e) {
                        onError.accept(e);
                    } catch (IllegalStateException | Error e) {  throw e; }
                    try { g(); } catch (InterruptedException e) { } catch (Exception e) { return; }
                }
                """);
    }

    @Test
    void aScheduledTaskBecomesOneThatSleepsOnThePoolThread() {
        assertMutants(new ScheduleToSleep(), """
                void f() {
                    scheduler.schedule(() -> next(n + 1), delayMs, TimeUnit.MILLISECONDS);
                    var later = scheduler.schedule(task, 1, SECONDS);
                }
                """, """
                void f() {
                    scheduler.execute(() -> { try { TimeUnit.MILLISECONDS.sleep(delayMs); } catch (InterruptedException \
                interrupted$) { Thread.currentThread().interrupt(); } ((Runnable) () -> next(n + 1)).run(); });
                    var later = scheduler.schedule(task, 1, SECONDS);
                }
                """);
    }

    @Test
    void anAsyncSupplierIsComputedOnTheCaller() {
        assertMutants(new RunOnCaller(), """
                Object a = CompletableFuture.supplyAsync(() -> lookup(shop), executor);
                Object b = supplyAsync(() -> lookup(shop));
                Object c = CompletableFuture.supplyAsync(() -> { return 1; });
                Object d = other.supplyAsync(() -> 2);
                """, """
                Object a = CompletableFuture.completedFuture(lookup(shop));
                Object b = supplyAsync(() -> lookup(shop));
                Object c = CompletableFuture.supplyAsync(() -> { return 1; });
                Object d = other.supplyAsync(() -> 2);
                """, """
                Object a = CompletableFuture.supplyAsync(() -> lookup(shop), executor);
                Object b = completedFuture(lookup(shop));
                Object c = CompletableFuture.supplyAsync(() -> { return 1; });
                Object d = other.supplyAsync(() -> 2);
                """);
    }
}

package dev.threadlings.checking;

import dev.threadlings.course.Check;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.ReviewExpectation;
import dev.threadlings.eval.DefaultImports;
import dev.threadlings.review.Review;
import dev.threadlings.review.Reviewer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The anti-pattern review of the learner's file, run on a thread of its own while the checks' VM is taken and the
 * file loaded (it needs no VM), and joined before the first check runs.
 */
final class ReviewRun {
    private static final AtomicBoolean WARMED = new AtomicBoolean();

    private final CompletableFuture<Review> review = new CompletableFuture<>();

    private ReviewRun() {}

    static boolean wanted(Check check) {
        return check.expectations().stream().anyMatch(e -> e instanceof ReviewExpectation);
    }

    static boolean wanted(Exercise exercise) {
        return exercise.checks().stream().anyMatch(ReviewRun::wanted);
    }

    /** Starts reviewing {@code text}, the learner's file {@code fileName}. */
    static ReviewRun start(String fileName, String text) {
        ReviewRun run = new ReviewRun();
        Thread.ofPlatform().daemon().name("review").start(() -> {
            try {
                run.review.complete(Reviewer.shared().review(fileName, text, DefaultImports.PACKAGES));
            } catch (RuntimeException | Error e) {
                run.review.complete(new Review.NotReviewed("review.crashed", fileName, e.toString()));
            }
        });
        return run;
    }

    /** Loads the analyzer in the background, once per VM, so that a console's first check does not wait for it. */
    static void warmUp() {
        if (WARMED.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("review-warm-up").priority(Thread.MIN_PRIORITY)
                    .start(() -> Reviewer.shared().warmUp());
        }
    }

    /** The review, waiting for it if it is still running. */
    Review get() {
        return review.join();
    }
}

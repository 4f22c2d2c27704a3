package dev.threadlings.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The findings the review can make: an id (also the PMD rule's name in {@code rules.xml}, and what a
 * {@code review fatal=…} block in checks.md names) and the sentence a learner reads.
 */
public enum ReviewRule {
    UNLOCK_OUTSIDE_FINALLY("unlock-outside-finally", "unlock() is not in a finally block: if the code between "
            + "lock() and unlock() throws, the lock is never released and every other thread waits for ever"),
    RELEASE_OUTSIDE_FINALLY("release-outside-finally", "release() is not in a finally block: if the code after "
            + "acquire() throws, the permit is lost for good"),
    WAIT_NOT_IN_LOOP("wait-not-in-loop", "this wait is not in a loop: a thread can wake up without the condition "
            + "being true (a spurious wake-up, or another thread got there first), so test the condition again in a "
            + "while loop around the wait"),
    SWALLOWED_INTERRUPT("swallowed-interrupt", "this catch swallows the interrupt: catching InterruptedException "
            + "clears the thread's interrupted flag, so rethrow it or restore the flag with "
            + "Thread.currentThread().interrupt()"),
    SLEEP_INSTEAD_OF_JOIN("sleep-instead-of-join", "this sleep waits for threads this method started: a sleep is "
            + "a guess and gives no happens-before, so wait for them with join() (or get(), await(), "
            + "awaitTermination())"),
    SLEEP_HOLDING_LOCK("sleep-holding-lock", "this sleep holds a lock: every thread that needs the lock waits "
            + "for the whole sleep; sleep outside the synchronized block or the locked region"),
    EXECUTOR_NOT_CLOSED("executor-not-closed", "this executor is never closed: the method leaves without shutting "
            + "it down, and its threads outlive the call; make it in a try-with-resources, "
            + "try (ExecutorService pool = ...) { ... }, which shuts it down and waits for its tasks"),
    NOTIFY_NOT_NOTIFY_ALL("notify-instead-of-notify-all", "UseNotifyAllInsteadOfNotify", "notify() wakes one waiting thread, which may be one "
            + "that cannot go on, while the one that could keeps waiting: use notifyAll()"),
    DOUBLE_CHECKED_LOCKING("double-checked-locking", "DoubleCheckedLocking", "double-checked locking without volatile: another thread "
            + "can see the field set before the object's constructor has finished"),
    RUN_INSTEAD_OF_START("run-instead-of-start", "DontCallThreadRun", "run() runs the code on this thread; start() is what starts "
            + "a new thread"),
    /** A requirement, not advice: only the exercises that ask for code that never blocks name it. */
    TAKES_A_LOCK("takes-a-lock", "takes-a-lock", "this takes a lock, and the exercise asks for code that never "
            + "blocks: a thread paused while it holds the lock stops every other one; read, compute, and "
            + "compareAndSet — retrying when another thread got there first", false);

    private final String id;
    private final String pmdName;
    private final String sentence;
    private final boolean advice;

    /** A rule of the course's own, written in PMD's rule language under its id. */
    ReviewRule(String id, String sentence) {
        this(id, id, sentence);
    }

    /** One of PMD's own rules, which keeps its PMD name. */
    ReviewRule(String id, String pmdName, String sentence) {
        this(id, pmdName, sentence, true);
    }

    ReviewRule(String id, String pmdName, String sentence, boolean advice) {
        this.id = id;
        this.pmdName = pmdName;
        this.sentence = sentence;
        this.advice = advice;
    }

    /**
     * Whether a finding is advice for every exercise (an anti-pattern, shown in the review section of any check);
     * a rule that is not is a requirement of some exercises only, reported only by a check that names it.
     */
    public boolean advice() {
        return advice;
    }

    /** The rule's name in checks.md and in {@code rules.xml}. */
    public String id() {
        return id;
    }

    /** What the learner reads, in the course's words. */
    public String sentence() {
        return sentence;
    }

    public static Optional<ReviewRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** The rule PMD reported as {@code pmdName}, if it is one of the course's. */
    static Optional<ReviewRule> byPmdName(String pmdName) {
        return Arrays.stream(values()).filter(r -> r.pmdName.equals(pmdName)).findFirst();
    }

    /** The rule's name in PMD's rule set. */
    String pmdName() {
        return pmdName;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ReviewRule::id).toList();
    }
}

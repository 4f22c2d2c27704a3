package dev.threadlings.review;

import dev.threadlings.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The findings the review can make: an id (also the PMD rule's name in {@code rules.xml}, and what a
 * {@code review fatal=…} block in checks.md names) and the sentence a learner reads, {@code review.<id>} in the
 * console's bundles ({@code ReviewRulesTest} keeps every rule's sentence there).
 */
public enum ReviewRule {
    UNLOCK_OUTSIDE_FINALLY("unlock-outside-finally"),
    RELEASE_OUTSIDE_FINALLY("release-outside-finally"),
    WAIT_NOT_IN_LOOP("wait-not-in-loop"),
    SWALLOWED_INTERRUPT("swallowed-interrupt"),
    SLEEP_INSTEAD_OF_JOIN("sleep-instead-of-join"),
    SLEEP_HOLDING_LOCK("sleep-holding-lock"),
    EXECUTOR_NOT_CLOSED("executor-not-closed"),
    /** A requirement, not advice: shutting a pool down and moving on is a lesson's first step elsewhere. */
    EXECUTOR_NOT_AWAITED("executor-not-awaited", "executor-not-awaited", false),
    NOTIFY_NOT_NOTIFY_ALL("notify-instead-of-notify-all", "UseNotifyAllInsteadOfNotify"),
    DOUBLE_CHECKED_LOCKING("double-checked-locking", "DoubleCheckedLocking"),
    RUN_INSTEAD_OF_START("run-instead-of-start", "DontCallThreadRun"),
    /** A requirement, not advice: only the exercises that ask for code that never blocks name it. */
    TAKES_A_LOCK("takes-a-lock", "takes-a-lock", false);

    private final String id;
    private final String pmdName;
    private final boolean advice;

    /** A rule of the course's own, written in PMD's rule language under its id. */
    ReviewRule(String id) {
        this(id, id);
    }

    /** One of PMD's own rules, which keeps its PMD name. */
    ReviewRule(String id, String pmdName) {
        this(id, pmdName, true);
    }

    ReviewRule(String id, String pmdName, boolean advice) {
        this.id = id;
        this.pmdName = pmdName;
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

    /** What the learner reads, in the course's words, in English. */
    public String sentence() {
        return sentence(Messages.ENGLISH);
    }

    /** What the learner reads, in {@code text}'s language. */
    public String sentence(Messages text) {
        return text.get("review." + id);
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

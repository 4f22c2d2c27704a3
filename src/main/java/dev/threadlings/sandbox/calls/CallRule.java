package dev.threadlings.sandbox.calls;

import java.util.Set;

/**
 * One JDK method (or, with {@code anyOwner}, that method called through any class: Object's wait and notify) and
 * what becomes of a call to it, in which code ({@code where}), for which call instructions ({@code receivers}), and
 * whether calls through a learner class extending the owner count too ({@code subclasses}: a Thread or a Phaser).
 */
public record CallRule(JdkMethod source, Rewrite rewrite, Set<Where> where, Receivers receivers, boolean subclasses,
                       boolean anyOwner) {

    /** The code a rule applies in. */
    public enum Where {
        /** an explored method body */
        BODY,
        /** an explored static initializer: bookkeeping only, no scheduling point */
        INITIALIZER,
        /** a free run, where the real call otherwise stays */
        FREE_RUN
    }

    /** Which call instructions of an instance method a rule takes. */
    public enum Receivers {
        /** any, {@code super.m()} too */
        ANY,
        /** virtual and interface calls, not {@code super.m()} (a learner's override calls the JDK's own) */
        NOT_SUPER,
        /** invokevirtual only */
        VIRTUAL
    }
}

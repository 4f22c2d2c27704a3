package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the stand-ins give a step, a wait or a variable ("blocked: Account#2 is held by T2", "element [3] of an
 * int[]"), as a key and its arguments: the explorer VM knows no language, the host says each phrase in the reader's
 * (the bundles' {@code phrase.<key>}, by {@code report.PhraseText}). Data stays as it is ({@code Counter.count → 0},
 * {@code join T1}: a call and its operands). A phrase travels inside the step's text, between two control
 * characters, so a trace step, a wait's kind or a race's variable stays a string on the wire and may hold a phrase
 * inside another ({@code waits for the read lock of …}).
 */
public enum Phrase {
    BLOCKED_HELD(2), LOCK(1), UNLOCK(1), MONITOR(0), LOCK_KIND(0), READ_LOCK(0), WRITE_LOCK(0),
    READ_ELEMENT(2), WRITE_ELEMENT(2), ARRAY_ELEMENT(2), CONTENTS(1), A_TYPE(1), AN_TYPE(1), SOME_VARIABLE(0),
    SOME_ELEMENT(0),
    OR_TIMEOUT(3), COMPLETE_ON_TIMEOUT(3), TIMED_OUT_EXCEPTION(1), TIMED_OUT_VALUE(2),
    BARRIER_AWAIT(3), AWAIT_ON(1), AWAIT_ON_TIMED(2), WAIT_ON(1),
    EXCHANGE(2), EXCHANGED_GAVE(3), EXCHANGED_GOT(2), NO_PARTNER(1), EXCHANGE_TIMED_OUT(0),
    PUT_WAITS_FOR_TAKER(2), PUT_NO_TAKER(0), TAKEN_FROM(2), BLOCKED_NO_PUTTER(1), TAKE_NO_PUTTER(0), TAKE_FROM(2),
    JOIN_IN_INITIALIZER(1), LATCH_AWAIT(2), LATCH_AWAIT_TIMED(2),
    TRY_LOCK_FAILED(1), TRY_LOCK_INTERRUPTED(0), LOCK_INTERRUPTED(0), TRY_LOCK_TIMED_OUT(0),
    PARK_TIMED(1), PARK_RETURNS(0),
    PHASER_REGISTER(2), PHASER_BULK_REGISTER(3), PHASER_ARRIVE(1), PHASER_ARRIVE_DEREGISTER(1),
    PHASER_ARRIVE_AWAIT(1), PHASER_AWAIT_ADVANCE(2), PHASER_AWAIT_INTERRUPTIBLY(2), PHASER_TIMED_OUT(1),
    PHASER_WAITS(4), PHASER_PHASE(2), PHASER_TERMINATED(1), PHASER_BEGINS(2), PHASER_STATE(4),
    FUTURE_GET_TIMED(1), WAIT_FOR(1),
    QUEUE_OFFER_TIMED_OUT(3), BLOCKED_FULL(1), QUEUE_PUT(4), QUEUE_POLL_TIMED_OUT(2), BLOCKED_EMPTY(1),
    QUEUE_TAKE(3),
    BLOCKED_SIDE(2), READ_LOCKED(1), WRITE_LOCKED(1), TRY_READ_LOCK(1), TRY_WRITE_LOCK(1), READ_UNLOCK(1),
    WRITE_UNLOCK(1),
    SCHEDULE_ON(2), SCHEDULED_DELAY(0), RUN_DUE(2), AWAIT_TERMINATION_OF(1), TASK(1), PERIODIC_TASK(1), POOL(0),
    TIMER(0),
    TRY_ACQUIRE_TIMED_OUT(2), BLOCKED_PERMITS(2), ACQUIRED(2), RELEASED(2), SLEEP(1),
    STAMPED_CALL(3), STAMPED_NOT_IN_TIME(2), STAMPED_LOCK_KIND(1), READ_LOCKED_STAMP(2), WRITE_LOCKED_STAMP(2),
    UNLOCK_READ_VIEW(0), UNLOCK_WRITE_VIEW(0),
    INVOKE_ALL_TIMED(1), INVOKE_ANY(1),
    SPURIOUS_WAKEUP(0), WAKES_EARLY(1), MORE_STEPS(1),
    WAITS_FOR_LOCK(2), WAITS_FOR_HELD_LOCK(3), JOINS(1), WAITS_IN(2), WAITS_IN_UNTIL(3), WAITS_FOR_SIDE(2),
    IDLE_POOL_THREAD(0), PARKED(0), PARKED_UNTIL(1), SLEEPS_UNTIL(1);

    /** Opens a phrase; its key and arguments follow, each after {@link #NEXT}; {@link #CLOSE} ends it. */
    public static final char OPEN = '\u0002';
    public static final char NEXT = '\u001f';
    public static final char CLOSE = '\u0003';

    /** How many arguments the phrase takes: {@code {0}} to {@code {arity-1}} in every bundle. */
    public final int arity;

    Phrase(int arity) {
        this.arity = arity;
    }

    /** The phrase with its arguments (names, numbers, or phrases made by this method), ready to travel. */
    public String with(Object... args) {
        StringBuilder b = new StringBuilder().append(OPEN).append(name());
        for (Object a : args) {
            b.append(NEXT).append(a);
        }
        return b.append(CLOSE).toString();
    }

    /**
     * A type as a sentence names one ("an int[]", "a Counter"): the key says which article English takes, a language
     * without articles says the type alone.
     */
    public static String kindOf(String type) {
        return ("AEIOUaeiou".indexOf(type.charAt(0)) >= 0 ? AN_TYPE : A_TYPE).with(type);
    }

    /** The bundle key that says it: {@code BLOCKED_HELD} → {@code phrase.blocked-held}. */
    public String key() {
        return "phrase." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** One piece of a text that may hold phrases: plain text, or a phrase with its arguments read back. */
    public sealed interface Piece {}

    public record Plain(String text) implements Piece {}

    /** {@code args}: each argument's own pieces (an argument may be a phrase). */
    public record Said(Phrase phrase, List<List<Piece>> args) implements Piece {}

    /**
     * The pieces of {@code text}, in order. A phrase this build does not know (or a broken one) is read as plain
     * text without its control characters, so nothing is lost and nothing throws.
     */
    public static List<Piece> read(String text) {
        List<Piece> out = new ArrayList<>();
        int[] at = {0};
        while (at[0] < text.length()) {
            out.add(piece(text, at, false));
        }
        return out;
    }

    private static Piece piece(String text, int[] at, boolean inArgument) {
        int start = at[0];
        if (text.charAt(start) != OPEN) {
            int end = start;
            while (end < text.length() && text.charAt(end) != OPEN
                    && !(inArgument && (text.charAt(end) == NEXT || text.charAt(end) == CLOSE))) {
                end++;
            }
            at[0] = end;
            return new Plain(text.substring(start, end));
        }
        int name = start + 1;
        int end = name;
        while (end < text.length() && text.charAt(end) != NEXT && text.charAt(end) != CLOSE) {
            end++;
        }
        Phrase phrase = known(text.substring(name, end));
        at[0] = end;
        List<List<Piece>> args = new ArrayList<>();
        while (at[0] < text.length() && text.charAt(at[0]) == NEXT) {
            at[0]++;
            List<Piece> arg = new ArrayList<>();
            while (at[0] < text.length() && text.charAt(at[0]) != NEXT && text.charAt(at[0]) != CLOSE) {
                arg.add(piece(text, at, true));
            }
            args.add(arg);
        }
        boolean closed = at[0] < text.length() && text.charAt(at[0]) == CLOSE;
        if (closed) {
            at[0]++;
        }
        if (phrase == null || !closed || args.size() != phrase.arity) {
            String raw = text.substring(start, at[0]);
            return new Plain(raw.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "")
                    .replace(NEXT, ' '));
        }
        return new Said(phrase, args);
    }

    private static Phrase known(String name) {
        for (Phrase p : values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}

package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.StableNames;

/**
 * What the learner's code calls where it stores an object it has just made (or a factory handed it) into a named
 * place, so that a trace can name the object by what holds it ({@code Account alice}, {@code Object alice.lock})
 * instead of a number. A static read while nobody reads names (exploring); the first holder wins. Public because
 * learner classes live in another class loader.
 */
public final class Holders {
    private Holders() {}

    /** {@code value} goes into the local variable, script variable or static field called {@code name}. */
    public static void variable(Object value, String name) {
        StableNames.held(value, null, name);
    }

    /** {@code value} goes into {@code owner}'s field {@code name}. */
    public static void field(Object owner, Object value, String name) {
        StableNames.held(value, owner, name);
    }
}

package dev.threadlings.sandbox.runtime.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names for objects in what people read (a traced schedule, the step view), the same in every replay of the same
 * choices, since identity hashes differ from run to run. Off while exploring (thousands of schedules nobody reads).
 * <p>
 * Each object gets a number per class in the order the program first touches it ({@code Account#1}), and a name by
 * what first held it when the learner's code stored it ({@link #held}): {@code Account alice} for a local or script
 * variable or a static field, {@code Object alice.lock} for a field of an object that has a name itself. A holder
 * may come after the object's first mention (a constructor's writes come before the variable is set), so a run
 * that is shown is run twice: once to learn the names ({@link #names()}), then again with them from its first step
 * ({@link #restart(Map, boolean)}), so one object has one name all through. Two objects that would have the same
 * name keep their numbers. Only the thread holding the baton names objects, so the maps need no lock.
 */
public final class StableNames {
    /** A field of an object, or (owner null) a variable, that held an object first. */
    private record Holder(Object owner, String name) {}

    private static Map<Object, String> numbers;
    private static List<Object> numbered;
    private static Map<String, Integer> counts;
    private static Map<Object, Holder> holders;
    private static Map<Object, String> shown;
    private static Set<String> taken;
    private static Map<String, String> primed;
    private static boolean byHolder;

    private StableNames() {}

    /** Numbering on, afresh, with names by holder learned as the run goes: a stepped run, or a first pass. */
    public static void restart() {
        restart(Map.of(), true);
    }

    /**
     * Numbering on, afresh, the objects of {@code known} (numbers to names, from an earlier run of the same choices)
     * called so from their first mention; {@code byHolder} false: numbers only.
     */
    public static void restart(Map<String, String> known, boolean byHolder) {
        numbers = new IdentityHashMap<>();
        numbered = new ArrayList<>();
        counts = new HashMap<>();
        holders = new IdentityHashMap<>();
        shown = new IdentityHashMap<>();
        taken = new HashSet<>(known.values());
        primed = Map.copyOf(known);
        StableNames.byHolder = byHolder;
    }

    /** Names off: the explorer goes back to exploring. */
    public static void off() {
        numbers = null;
        numbered = null;
        counts = null;
        holders = null;
        shown = null;
        taken = null;
        primed = null;
    }

    /**
     * A field of {@code owner} was accessed, {@code value} written to it (each may be null): they are numbered now,
     * in the order the program touches them, so that an object keeps its number in every replay of the same
     * choices, whichever step first names it. Costs a static read when names are off.
     */
    public static void saw(Object owner, Object value) {
        if (numbers != null) {
            number(owner);
            number(value);
        }
    }

    /** {@code value} is stored into {@code owner}'s field (owner null: a variable) {@code name}; the first holder wins. */
    public static void held(Object value, Object owner, String name) {
        if (numbers != null && named(value) && !holders.containsKey(value)) {
            number(value);
            holders.put(value, new Holder(owner, name));
        }
    }

    /** The object's name, or null when names are off. */
    public static String of(Object o, String simple) {
        if (numbers == null) {
            return null;
        }
        String number = numberOf(o, simple);
        String known = primed.get(number);
        if (known != null) {
            return known;
        }
        String name = shown.get(o);
        if (name == null) { // an object the earlier run did not see: named now, and so all through this run
            name = byHolder ? unique(holderName(o, simple), number) : number;
            shown.put(o, name);
        }
        return name;
    }

    /** Every numbered object's name by what held it (or its number), in numbering order: to name a rerun with. */
    public static Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        if (numbers == null) {
            return out;
        }
        Set<String> used = new HashSet<>();
        for (Object o : numbered) {
            String number = numbers.get(o);
            String name = holderName(o, simple(number));
            out.put(number, name != null && used.add(name) ? name : number);
        }
        return out;
    }

    private static String unique(String name, String number) {
        return name != null && taken.add(name) ? name : number;
    }

    /** {@code Account alice}, {@code Object alice.lock}; null without a holder. */
    private static String holderName(Object o, String simple) {
        return holders.containsKey(o) ? simple + " " + path(o, 0) : null;
    }

    private static String path(Object o, int depth) {
        Holder h = holders.get(o);
        if (h == null || depth > 4) { // an owner without a holder, or a chain of fields too long to read
            return numbers.get(o);
        }
        return h.owner() == null ? h.name() : path(h.owner(), depth + 1) + "." + h.name();
    }

    private static void number(Object o) {
        if (named(o)) {
            numberOf(o, Names.simple(o));
        }
    }

    private static String numberOf(Object o, String simple) {
        String n = numbers.get(o);
        if (n == null) {
            n = simple + "#" + counts.merge(simple, 1, Integer::sum);
            numbers.put(o, n);
            numbered.add(o);
        }
        return n;
    }

    private static String simple(String number) {
        return number.substring(0, number.lastIndexOf('#'));
    }

    private static boolean named(Object o) {
        return o != null && !(o instanceof String || o instanceof Number || o instanceof Boolean
                || o instanceof Character || o instanceof Class<?>);
    }
}

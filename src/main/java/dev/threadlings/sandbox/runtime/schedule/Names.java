package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.Phrase;

/** Short, stable names for objects in traces and reports — never calling learner code (no toString()). */
public final class Names {
    private Names() {}

    public static String of(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Class<?> c) {
            return clean(c.getName()) + ".class";
        }
        String simple = simple(o);
        String stable = StableNames.of(o, simple);
        return stable != null ? stable : simple + "@" + Integer.toHexString(System.identityHashCode(o) & 0xffff);
    }

    /** The object's class as a trace says it: {@code Account}, {@code int[]}. */
    public static String simple(Object o) {
        return o.getClass().isArray() ? clean(o.getClass().getComponentType().getName()) + "[]"
                : clean(o.getClass().getName());
    }

    /** A value for a trace: numbers, booleans, strings and chars as themselves, objects by name. */
    public static String value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof Character) {
            return String.valueOf(v);
        }
        if (v instanceof String s) {
            return '"' + (s.length() > 20 ? s.substring(0, 20) + "…" : s) + '"';
        }
        return of(v);
    }

    /** {@code REPL.$JShell$12$Counter} → {@code Counter}; {@code java.lang.Object} → {@code Object}. */
    public static String clean(String className) {
        String n = className;
        int dollar = n.lastIndexOf('$');
        if (n.startsWith("REPL.") && dollar >= 0) {
            n = n.substring(dollar + 1);
            return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "script" : n;
        }
        int dot = n.lastIndexOf('.');
        return dot >= 0 ? n.substring(dot + 1) : n;
    }

    /** {@code element [3] of an int[]}, for race reports (the detector keys elements by array identity). */
    public static String arrayElement(Object array, int index) {
        String type = clean(array.getClass().getComponentType().getName()) + "[]";
        return Phrase.ARRAY_ELEMENT.with(index, Phrase.kindOf(type));
    }

    /** {@code T1 "worker"}; just {@code T1} when the thread has no name of its own. */
    public static String thread(String slot, String name) {
        return name.startsWith("Thread-") || name.isEmpty() || name.equals(slot) ? slot : slot + " \"" + name + "\"";
    }
}

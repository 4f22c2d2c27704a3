package dev.threadlings.sandbox.runtime.race;

import dev.threadlings.sandbox.runtime.race.FastTrack.Var;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The shadow state of every variable one schedule touched, for the explorer's race detector: per object its
 * fields by name, per array its elements, static fields by their interned key. Touched by one thread at a time
 * (the one holding the baton); a free run's threads use {@link ConcurrentDetector}'s concurrent tables instead.
 */
final class ShadowMemory {
    private final Map<Object, Object> shadow = new IdentityHashMap<>();
    private final Map<String, Var> statics = new IdentityHashMap<>();
    /** Per list followed element by element (ListElements), its elements; its structure is its "(contents)". */
    private final Map<Object, Var[]> listElements = new IdentityHashMap<>();

    /** A field of {@code owner} (null: a static field, by its interned {@code key}). */
    Var field(Object owner, String key) {
        return owner == null ? statics.computeIfAbsent(key, k -> new Var()) : fieldVar(owner, key);
    }

    /** An array element, or (index -1) the contents of a collection. */
    Var element(Object array, int index) {
        if (index < 0) {
            return fieldVar(array, "(contents)");
        }
        Object s = shadow.get(array);
        Var[] vars = s instanceof Var[] a && a.length > index ? a : null;
        if (vars == null) {
            vars = new Var[Math.max(index + 1, java.lang.reflect.Array.getLength(array))];
            shadow.put(array, vars);
        }
        Var v = vars[index];
        if (v == null) {
            v = vars[index] = new Var();
        }
        return v;
    }

    /** Element {@code index} of a list followed element by element. */
    Var listElement(Object list, int index) {
        Var[] vars = listElements.get(list);
        if (vars == null || vars.length <= index) {
            vars = vars == null ? new Var[Math.max(index + 1, 8)] : java.util.Arrays.copyOf(vars, Math.max(index + 1,
                    vars.length * 2));
            listElements.put(list, vars);
        }
        Var v = vars[index];
        if (v == null) {
            v = vars[index] = new Var();
        }
        return v;
    }

    /** A constructor of {@code owner} returned: the final fields written so far are frozen. */
    void constructed(Object owner) {
        if (shadow.get(owner) instanceof Map<?, ?> fields) {
            for (Object v : fields.values()) {
                if (v instanceof Var var && var.isFinal) {
                    var.frozen = true;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Var fieldVar(Object owner, String field) {
        Object s = shadow.get(owner);
        Map<String, Var> fields;
        if (s instanceof Map<?, ?> m) {
            fields = (Map<String, Var>) m;
        } else {
            fields = new IdentityHashMap<>(4);
            shadow.put(owner, fields);
        }
        Var v = fields.get(field);
        if (v == null) {
            v = new Var();
            fields.put(field, v);
        }
        return v;
    }

    void clear() {
        shadow.clear();
        statics.clear();
        listElements.clear();
    }
}

package dev.threadlings.sandbox.runtime.race;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * Whether an object is immutable in the Java memory model's sense: every instance field final (in its class and
 * all superclasses), so final-field semantics let any thread that sees a reference to it see it fully built.
 * JDK value classes (String, boxes, java.time) count too, though some cache a hash in a non-final field.
 */
public final class Immutables {
    private static final Set<String> JDK = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.Double",
            "java.lang.Float", "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID");

    private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (JDK.contains(type.getName()) || type.getName().startsWith("java.time.")
                    || type.getName().startsWith("java.util.ImmutableCollections$")) {
                return true;
            }
            if (type.isArray()) {
                return false;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.getName().startsWith("java.") && c != type) {
                    return false; // a JDK superclass we know nothing about
                }
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    private Immutables() {}

    public static boolean is(Object o) {
        return IMMUTABLE.get(o.getClass());
    }
}

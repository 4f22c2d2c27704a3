package dev.threadlings.sandbox.runtime.race;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whether an object is immutable in the Java memory model's sense: every instance field final (in its class and
 * all superclasses), so final-field semantics let any thread that sees a reference to it see it fully built.
 * JDK value classes (String, boxes, java.time) count too, though some cache a hash in a non-final field.
 */
public final class Immutables {
    private static final Set<Class<?>> JDK = Set.of(String.class, Integer.class, Long.class, Short.class, Byte.class,
            Character.class, Boolean.class, Double.class, Float.class, BigInteger.class, BigDecimal.class, UUID.class);
    private static final String TIME = Instant.class.getPackageName() + ".";
    /** List.of's, Set.of's and Map.of's classes are nested in one JDK class, which no literal can name. */
    private static final String IMMUTABLE_COLLECTIONS = List.of().getClass().getEnclosingClass().getName() + "$";

    private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (JDK.contains(type) || type.getName().startsWith(TIME)
                    || type.getName().startsWith(IMMUTABLE_COLLECTIONS)) {
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

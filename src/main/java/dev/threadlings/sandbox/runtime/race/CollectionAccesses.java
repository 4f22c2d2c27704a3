package dev.threadlings.sandbox.runtime.race;

import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.schedule.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the race detector sees a call on a JDK collection or atomic. Thread-safe objects (java.util.concurrent,
 * atomics, synchronized wrappers, Vector and Hashtable) order the calls made on them: each call acquires and
 * releases the object. Any other collection is a plain shared variable, its contents, read by the query methods and
 * written by the rest — so two threads adding to one ArrayList race like two threads writing one field.
 */
public final class CollectionAccesses {
    private static final Set<String> READS = Set.of("get", "getOrDefault", "size", "isEmpty", "contains",
            "containsKey", "containsValue", "containsAll", "indexOf", "lastIndexOf", "iterator", "listIterator",
            "spliterator", "stream", "parallelStream", "toArray", "forEach", "equals", "hashCode", "toString",
            "peek", "element", "getFirst", "getLast", "peekFirst", "peekLast", "keySet", "values", "entrySet",
            "subList", "firstKey", "lastKey", "first", "last", "headMap", "tailMap", "subMap", "headSet", "tailSet",
            "ceiling", "floor", "higher", "lower", "ceilingKey", "floorKey", "higherKey", "lowerKey", "comparator",
            "descendingIterator", "reversed", "hasNext", "next", "hasPrevious", "previous", "nextIndex",
            "previousIndex");
    /** {@code ArrayList.add()} → writes, computed once per text (free runs ask from many threads at once). */
    private static final Map<String, Boolean> WRITES = new ConcurrentHashMap<>();
    private static final String CONCURRENT = ConcurrentHashMap.class.getPackageName() + ".";
    /** The classes of Collections' synchronized views: every other one extends one of these two. */
    private static final List<Class<?>> SYNCHRONIZED_VIEWS = List.of(
            Collections.synchronizedCollection(new ArrayList<>()).getClass(),
            Collections.synchronizedMap(new HashMap<>()).getClass());
    /** Per class, asked at every call on a collection or JDK object: the class name is looked at once. */
    private static final ClassValue<Boolean> SYNCHRONIZES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            if (java.util.Vector.class.isAssignableFrom(c) || java.util.Hashtable.class.isAssignableFrom(c)) {
                return true;
            }
            return c.getName().startsWith(CONCURRENT) || synchronizedView(c);
        }
    };

    private CollectionAccesses() {}

    /** Per class, asked at every call on a collection (a stream per call showed in list-heavy programs). */
    private static final ClassValue<Boolean> SYNCHRONIZED_VIEW = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return SYNCHRONIZED_VIEWS.stream().anyMatch(v -> v.isAssignableFrom(c));
        }
    };

    /** Collections.synchronizedList(…) and its kind: a view whose every call holds the view's monitor. */
    public static boolean synchronizedView(Class<?> c) {
        return SYNCHRONIZED_VIEW.get(c);
    }

    public static boolean synchronizes(Object receiver) {
        return SYNCHRONIZES.get(receiver.getClass());
    }

    /** Whether the call named in {@code what} ({@code ArrayList.add()}) changes the collection. */
    public static boolean writes(String what) {
        return WRITES.computeIfAbsent(what, w -> {
            String name = w.endsWith("()") ? w.substring(0, w.length() - 2) : w;
            return !READS.contains(name.substring(name.lastIndexOf('.') + 1));
        });
    }

    /** {@code the contents of an ArrayList}, for race reports. */
    public static String contents(Object receiver) {
        String type = Names.clean(receiver.getClass().getName());
        return Phrase.CONTENTS.with(Phrase.kindOf(type));
    }
}

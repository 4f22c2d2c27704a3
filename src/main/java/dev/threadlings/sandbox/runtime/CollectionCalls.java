package dev.threadlings.sandbox.runtime;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the race detector sees a call on a JDK collection or atomic. Thread-safe objects (java.util.concurrent,
 * atomics, synchronized wrappers, Vector and Hashtable) order the calls made on them: each call acquires and
 * releases the object. Any other collection is a plain shared variable, its contents, read by the query methods and
 * written by the rest — so two threads adding to one ArrayList race like two threads writing one field.
 */
final class CollectionCalls {
    private static final Set<String> READS = Set.of("get", "getOrDefault", "size", "isEmpty", "contains",
            "containsKey", "containsValue", "containsAll", "indexOf", "lastIndexOf", "iterator", "listIterator",
            "spliterator", "stream", "parallelStream", "toArray", "forEach", "equals", "hashCode", "toString",
            "peek", "element", "getFirst", "getLast", "peekFirst", "peekLast", "keySet", "values", "entrySet",
            "subList", "firstKey", "lastKey", "first", "last", "headMap", "tailMap", "subMap", "headSet", "tailSet",
            "ceiling", "floor", "higher", "lower", "ceilingKey", "floorKey", "higherKey", "lowerKey", "comparator",
            "descendingIterator", "reversed", "hasNext", "next", "hasPrevious", "previous", "nextIndex",
            "previousIndex");
    /** {@code ArrayList.add()} → writes; the texts are constants in learner code, so identity caching is exact. */
    private static final Map<String, Boolean> WRITES = new IdentityHashMap<>();

    private CollectionCalls() {}

    static boolean synchronizes(Object receiver) {
        if (receiver instanceof java.util.Vector<?> || receiver instanceof java.util.Hashtable<?, ?>) {
            return true;
        }
        String n = receiver.getClass().getName();
        return n.startsWith("java.util.concurrent.") || n.startsWith("java.util.Collections$Synchronized")
                || n.startsWith("java.util.concurrent.atomic.");
    }

    /** Whether the call named in {@code what} ({@code ArrayList.add()}) changes the collection. */
    static synchronized boolean writes(String what) {
        Boolean w = WRITES.get(what);
        if (w == null) {
            String name = what.endsWith("()") ? what.substring(0, what.length() - 2) : what;
            name = name.substring(name.lastIndexOf('.') + 1);
            w = !READS.contains(name);
            WRITES.put(what, w);
        }
        return w;
    }

    /** {@code the contents of an ArrayList}, for race reports. */
    static String contents(Object receiver) {
        String type = Names.clean(receiver.getClass().getName());
        return "the contents of a" + ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "n " : " ") + type;
    }
}

package dev.threadlings.sandbox.runtime.race;

import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.schedule.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the race detector sees a call on an ArrayList, a LinkedList or an {@code Arrays.asList} list: as the JDK's
 * code touches memory, not as one variable. Each element is a variable of its own, and so is the list's structure
 * (its size and the array or nodes behind it). {@code get(i)} reads the structure and element i, {@code set(i, x)}
 * reads the structure and writes element i — so two threads that fill a presized list by index do not race, as two
 * threads writing distinct elements of an array do not (JLS 17.4.1). A call that reads the contents (contains,
 * iteration, toString, equals…) reads the structure and every element; one that changes the structure (add, remove,
 * clear, sort…) writes the structure, which every other call reads, so it races with any call not ordered with it.
 * A list longer than {@value #MOST_ELEMENTS} elements is one variable again, as any other collection (its elements
 * are not followed one by one): get reads it, set writes it.
 */
public final class ListElements {
    /** The lists whose calls are followed element by element: their JDK code reads and writes them like arrays. */
    private static final Set<Class<?>> BY_INDEX = Set.of(ArrayList.class, LinkedList.class,
            Arrays.asList().getClass());
    /** Beyond this many elements, a list's contents are one variable (the arrays' bound, ArgumentContents). */
    static final int MOST_ELEMENTS = 4096;
    /** {@code ArrayList.get()} → get, cut once per text (asked at every call; free runs ask from many threads). */
    private static final Map<String, String> METHODS = new ConcurrentHashMap<>();
    private static final Set<String> STRUCTURE_ONLY = Set.of("size", "isEmpty");
    private static final Set<String> FIRST = Set.of("getFirst", "peek", "peekFirst", "element");
    private static final Set<String> LAST = Set.of("getLast", "peekLast");

    private ListElements() {}

    /** One access a call makes: {@code index} -1 is the list's structure, else an element. */
    public interface Access {
        void at(int index, boolean write);
    }

    /** Whether calls on {@code receiver} are followed element by element (the caller checked it is no synchronized one). */
    public static boolean byIndex(Object receiver) {
        return BY_INDEX.contains(receiver.getClass());
    }

    /** The call named {@code what} ({@code ArrayList.get()}) on {@code list}, with its index argument (or -1). */
    public static void call(List<?> list, int index, String what, Access a) {
        String name = METHODS.computeIfAbsent(what, w -> w.substring(w.lastIndexOf('.') + 1, w.length() - 2));
        int size = list.size();
        if (size > MOST_ELEMENTS) {
            a.at(-1, CollectionAccesses.writes(what));
        } else if (index >= 0 && (name.equals("get") || name.equals("set"))) {
            a.at(-1, false);
            if (index < size) {
                a.at(index, name.equals("set")); // out of range, the call throws having read only the size
            }
        } else if (CollectionAccesses.writes(what)) {
            a.at(-1, true);
        } else if (STRUCTURE_ONLY.contains(name)) {
            a.at(-1, false);
        } else if (FIRST.contains(name) || LAST.contains(name)) {
            a.at(-1, false);
            if (size > 0) {
                a.at(FIRST.contains(name) ? 0 : size - 1, false);
            }
        } else {
            contents(list, false, a);
        }
    }

    /** The whole contents, read (every element) or written (the structure), as a JDK call taking the list does. */
    public static void contents(List<?> list, boolean write, Access a) {
        a.at(-1, write);
        int size = list.size();
        for (int i = 0; !write && size <= MOST_ELEMENTS && i < size; i++) {
            a.at(i, false);
        }
    }

    /** {@code element [2] of an ArrayList}, for race reports. */
    public static String element(Object list, int index) {
        return Phrase.ARRAY_ELEMENT.with(index, Phrase.kindOf(Names.clean(list.getClass().getName())));
    }
}

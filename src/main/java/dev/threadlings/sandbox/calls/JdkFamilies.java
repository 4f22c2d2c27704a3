package dev.threadlings.sandbox.calls;

import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Scanner;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.stream.BaseStream;
import org.objectweb.asm.Type;

/**
 * The families of JDK classes whose calls the instrumenters treat alike — collections, atomics, what runs tasks,
 * what hands back what tasks did — declared by the JDK types they are made of and asked about by a call's owner as
 * the instruction names it. A family holds the JDK classes (the boot loader's) assignable to one of its types, so
 * no package or class is spelled by hand and a class the JDK adds to a family is in it.
 */
public final class JdkFamilies {
    private static final String ATOMICS = packageOf(AtomicInteger.class);
    private static final String CONCURRENT = packageOf(ConcurrentHashMap.class);
    private static final String LOCKS = packageOf(Lock.class);
    private static final String FUNCTIONS = packageOf(Function.class);
    /** Before the families, which load a class as they are made. */
    private static final Map<String, Optional<Class<?>>> LOADED = new ConcurrentHashMap<>();

    /**
     * Collections, maps and iterators of java.util and java.util.concurrent, and a BitSet: shared containers. Not a
     * Scanner, an iterator over input it reads: its hasNext() is no read of shared state.
     */
    public static final JdkFamilies COLLECTIONS = new JdkFamilies(
            List.of(Collection.class, Map.class, Iterator.class, BitSet.class), List.of(List.class, Executor.class),
            false).except(Scanner.class);
    /** Concurrent maps: compute's and merge's function runs inside the call, under the map's own lock. */
    public static final JdkFamilies CONCURRENT_MAPS = new JdkFamilies(List.of(ConcurrentMap.class),
            List.of(ConcurrentMap.class), false);
    /** Where a call's functions run on other threads (pools, futures, thread builders, streams). */
    public static final JdkFamilies RUNS_TASKS = new JdkFamilies(List.of(Executor.class, Executors.class,
            CompletionStage.class, CompletionService.class, ThreadFactory.class, Thread.Builder.class,
            BaseStream.class, JdkFamilies.structuredScope()), List.of(Executor.class, Thread.class, BaseStream.class),
            false);
    /**
     * Where a call may hand back what tasks did: a result, a join, a pool's termination — also through the types
     * of java.util.concurrent nested in them (a scope's Subtask, a pool's rejection policy, a future's State).
     */
    public static final JdkFamilies RESULTS = new JdkFamilies(List.of(Future.class, Executor.class, Executors.class,
            CompletionStage.class, CompletionService.class, ForkJoinTask.class, BaseStream.class,
            JdkFamilies.structuredScope()), List.of(Executor.class, BaseStream.class), true);

    private final List<Class<?>> types;
    private final List<String> packages;
    private final boolean nested;
    private Set<Class<?>> excepted = Set.of();
    private final Map<String, Boolean> members = new ConcurrentHashMap<>();

    /**
     * The JDK classes of the packages of {@code packagesOf} that are assignable to one of {@code types} (with
     * {@code nested}, or nested in one that is).
     */
    private JdkFamilies(List<Class<?>> types, List<Class<?>> packagesOf, boolean nested) {
        this.types = types.stream().filter(t -> t != null).toList();
        this.packages = packagesOf.stream().map(JdkFamilies::packageOf).distinct().toList();
        this.nested = nested;
    }

    private JdkFamilies except(Class<?>... classes) {
        excepted = Set.of(classes);
        return this;
    }

    /** Whether the class a call instruction names ({@code java/util/ArrayList}) is in the family. */
    public boolean contains(String owner) {
        return members.computeIfAbsent(owner, this::decide);
    }

    private boolean decide(String owner) {
        if (!packages.contains(owner.substring(0, owner.lastIndexOf('/') + 1))) {
            return false;
        }
        Class<?> c = jdkClass(owner).orElse(null);
        if (c == null || excepted.contains(c)) {
            return false;
        }
        Class<?> outer = nested && owner.startsWith(CONCURRENT) ? c.getEnclosingClass() : null;
        return types.stream().anyMatch(t -> t.isAssignableFrom(c) || outer != null && t.isAssignableFrom(outer));
    }

    /** An atomic of java.util.concurrent.atomic (its field updaters too). */
    public static boolean isAtomic(String owner) {
        return owner.startsWith(ATOMICS);
    }

    /** A class of java.util.concurrent or one of its packages (atomic, locks). */
    public static boolean isConcurrent(String owner) {
        return owner.startsWith(CONCURRENT);
    }

    /** A call on a lock of java.util.concurrent.locks that takes nothing and returns another of its types. */
    public static boolean givesLockType(String owner, String desc) {
        Type returned = Type.getReturnType(desc);
        return owner.startsWith(LOCKS) && Type.getArgumentTypes(desc).length == 0
                && returned.getSort() == Type.OBJECT && returned.getInternalName().startsWith(LOCKS);
    }

    /** Whether a descriptor names a type of java.util.function (the call takes or makes a function). */
    public static boolean mentionsFunction(String desc) {
        return desc.contains("L" + FUNCTIONS);
    }

    /** Whether {@code t} is a type of java.util.function. */
    public static boolean isFunction(Type t) {
        return t.getSort() == Type.OBJECT && t.getInternalName().startsWith(FUNCTIONS);
    }

    /** The package of {@code c} as internal names start: {@code java/util/concurrent/}. */
    public static String packageOf(Class<?> c) {
        String name = Type.getInternalName(c);
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    /** The JDK class an internal name names, if the boot loader has it (never a learner class). */
    private static Optional<Class<?>> jdkClass(String internalName) {
        return LOADED.computeIfAbsent(internalName, n -> {
            try {
                return Optional.of(Class.forName(Type.getObjectType(n).getClassName(), false, null));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }

    /**
     * StructuredTaskScope, a preview API in this JDK: our code is compiled without preview features, so it cannot
     * be named by a class literal. The one JDK class name the registry spells; null when the JDK has none.
     */
    private static Class<?> structuredScope() {
        return jdkClass(packageOf(Executor.class) + "StructuredTaskScope").orElse(null);
    }
}

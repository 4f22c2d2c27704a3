package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.CallRegistry;
import dev.threadlings.sandbox.calls.CallRule;
import dev.threadlings.sandbox.calls.ClockCalls;
import dev.threadlings.sandbox.calls.JdkFamilies;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.Holders;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which calls in learner code may change state that no frame shows: every JDK call (and every model's stand-in)
 * but the few known to change nothing a later step could see — a spin's reads, yields and sleeps. Those others get
 * {@code SchedulingPoints.opaque()} in front, so a loop that makes one is never proved endless (a loop that appends to a
 * StringBuilder, draws a random number or reads the clock may end some day). Calls on learner classes run
 * instrumented learner code, unless the class inherits from a JDK class, whose methods it may reach.
 */
final class PureCalls implements Opcodes {
    /** Classes whose every method is a function of its arguments (or of an immutable receiver). */
    private static final Set<String> VALUES = names(String.class, Integer.class, Long.class, Short.class, Byte.class,
            Character.class, Boolean.class, Double.class, Float.class, Objects.class);
    /**
     * Immutable values of java.time, and a Date's reads: a loop that waits for a time compares them. Their now()
     * reads the schedule's clock, whose model counts a new time as a change itself (ClockCalls, ClockReads).
     */
    private static final Set<String> TIMES = names(java.time.Instant.class, java.time.Duration.class,
            java.time.LocalDate.class, java.time.LocalTime.class, java.time.LocalDateTime.class,
            java.time.ZonedDateTime.class, java.time.OffsetDateTime.class, java.time.OffsetTime.class,
            java.time.Year.class, java.time.YearMonth.class, java.time.MonthDay.class, java.time.Period.class);
    private static final Set<String> DATE_READS = Set.of("getTime", "before", "after", "compareTo", "equals");
    private static final String DATE = Type.getInternalName(java.util.Date.class);
    private static final Set<String> MATHS = names(Math.class, StrictMath.class);
    private static final String OBJECT = Type.getInternalName(Object.class);
    private static final String THREAD_CLASS = Type.getInternalName(Thread.class);
    private static final String TIME_UNIT_CLASS = Type.getInternalName(TimeUnit.class);
    /** A ReentrantLock's model changes only the lock table, which the proof compares (other locks count). */
    private static final Set<String> LOCKS = names(ReentrantLock.class, Lock.class);
    private static final String TRY_LOCK = Type.getMethodDescriptor(Type.BOOLEAN_TYPE);
    private static final Set<String> THREAD = Set.of("currentThread", "onSpinWait", "yield", "sleep", "isInterrupted",
            "interrupted", "getName", "threadId", "getId", "isAlive", "isDaemon", "getState");
    private static final Set<String> TIME_UNIT = Set.of("sleep", "toNanos", "toMicros", "toMillis", "toSeconds",
            "toMinutes", "toHours", "toDays", "convert", "ordinal", "name");
    /** Collection and atomic methods that only read (an iterator's next() moves it: not here). */
    private static final Set<String> READS = Set.of("get", "getOrDefault", "size", "isEmpty", "contains",
            "containsKey", "containsValue", "containsAll", "indexOf", "lastIndexOf", "peek", "element", "getFirst",
            "getLast", "peekFirst", "peekLast", "hasNext", "hasPrevious", "first", "last", "firstKey", "lastKey",
            "getPlain", "getAcquire", "getOpaque", "intValue", "longValue", "doubleValue", "floatValue",
            "getReference", "isMarked", "getStamp", "length");

    /** Atomic methods that change the value only when they return true. */
    private static final Set<String> CAS = Set.of("compareAndSet", "weakCompareAndSet", "weakCompareAndSetPlain",
            "weakCompareAndSetVolatile", "weakCompareAndSetAcquire", "weakCompareAndSetRelease", "attemptMark",
            "attemptStamp");

    private static final String HOLDERS = Type.getInternalName(Holders.class);

    private PureCalls() {}

    /**
     * Puts {@code SchedulingPoints.opaque()} before {@code call} unless it is known to change nothing; after an
     * atomic's compare-and-set, {@code changedIf} on its result instead: only a CAS that succeeded changed anything.
     */
    static void mark(MethodNode method, MethodInsnNode call, ClassFacts facts) {
        if (compareAndSet(call)) {
            method.instructions.insert(call, StandIn.call(SchedulingPoints.class, "changedIf"));
        } else if (!pure(call, facts)) {
            method.instructions.insertBefore(call, StandIn.call(SchedulingPoints.class, "opaque"));
        }
    }

    /** An atomic's (or field updater's) compare-and-set that says whether it succeeded. */
    private static boolean compareAndSet(MethodInsnNode call) {
        return JdkFamilies.isAtomic(call.owner) && call.getOpcode() != INVOKESTATIC && CAS.contains(call.name)
                && Type.getReturnType(call.desc).equals(Type.BOOLEAN_TYPE);
    }

    private static boolean pure(MethodInsnNode call, ClassFacts facts) {
        String o = call.owner;
        String n = call.name;
        if (o.equals(HOLDERS)) {
            return true; // tells the runtime a name for a trace (HolderNames): nothing a later step could see
        }
        if (ClockCalls.readsClock(call)) {
            return true; // the virtual clock's model counts a read that returns a new time as a change itself
        }
        if (facts.learnerClass(o)) {
            if (CallRegistry.find(CallRule.Where.BODY, call, facts::jdkSuper) == null) {
                return facts.jdkSuper(o).equals(OBJECT);
            }
            o = facts.jdkSuper(o); // a model's stand-in for a method the class inherits (a Thread subclass's sleep)
        }
        if (VALUES.contains(o) || TIMES.contains(o)) {
            return true;
        } else if (o.equals(DATE)) {
            return DATE_READS.contains(n);
        } else if (MATHS.contains(o)) {
            return !n.equals("random");
        } else if (o.equals(OBJECT)) {
            return n.equals("<init>") || n.equals("getClass");
        } else if (o.equals(THREAD_CLASS)) {
            return THREAD.contains(n);
        } else if (o.equals(TIME_UNIT_CLASS)) {
            return TIME_UNIT.contains(n);
        } else if (LOCKS.contains(o)) {
            return n.equals("lock") || n.equals("unlock") || n.equals("tryLock") && call.desc.equals(TRY_LOCK);
        }
        return (JdkFamilies.COLLECTIONS.contains(o) || JdkFamilies.isAtomic(o)) && READS.contains(n);
    }

    private static Set<String> names(Class<?>... classes) {
        return Arrays.stream(classes).map(Type::getInternalName).collect(Collectors.toUnmodifiableSet());
    }
}

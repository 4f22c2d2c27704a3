package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.CallRegistry;
import dev.threadlings.sandbox.calls.CallRule;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.util.Set;
import org.objectweb.asm.Opcodes;
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
    private static final Set<String> VALUES = Set.of("java/lang/String", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Double",
            "java/lang/Float", "java/util/Objects");
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

    private PureCalls() {}

    /** Puts {@code SchedulingPoints.opaque()} before {@code call} unless it is known to change nothing. */
    static void mark(MethodNode method, MethodInsnNode call, ClassFacts facts) {
        if (!pure(call, facts)) {
            method.instructions.insertBefore(call, StandIn.call(SchedulingPoints.class, "opaque"));
        }
    }

    private static boolean pure(MethodInsnNode call, ClassFacts facts) {
        String o = call.owner;
        String n = call.name;
        if (facts.learnerClass(o)) {
            if (CallRegistry.find(CallRule.Where.BODY, call, facts::jdkSuper) == null) {
                return facts.jdkSuper(o).equals("java/lang/Object");
            }
            o = facts.jdkSuper(o); // a model's stand-in for a method the class inherits (a Thread subclass's sleep)
        }
        if (VALUES.contains(o)) {
            return true;
        }
        return switch (o) {
            case "java/lang/Math", "java/lang/StrictMath" -> !n.equals("random");
            case "java/lang/Object" -> n.equals("<init>") || n.equals("getClass");
            case "java/lang/Thread" -> THREAD.contains(n);
            case "java/util/concurrent/TimeUnit" -> TIME_UNIT.contains(n);
            // a ReentrantLock's model changes only the lock table, which the proof compares (other locks count)
            case "java/util/concurrent/locks/ReentrantLock", "java/util/concurrent/locks/Lock" ->
                    n.equals("lock") || n.equals("unlock") || n.equals("tryLock") && call.desc.equals("()Z");
            default -> (CallRules.COLLECTION.matcher(o).matches() || o.startsWith("java/util/concurrent/atomic/"))
                    && READS.contains(n);
        };
    }
}

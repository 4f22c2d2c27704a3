package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.Finding;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The calling thread's state as the JVM holds it: every frame's method, bytecode index, local variables and operand
 * stack, through the JDK's {@code java.lang.LiveStackFrame} (opened to the runtime by the explorer VM's command line),
 * for {@link SpinProof}. Primitives are kept by value, references by identity, so two captures are equal only when
 * the thread would go on from both in the same way. The sandbox's own frames on top are left out, except the
 * arguments of the stand-in learner code called (a read's value, a sleep's length): what the call will still do.
 */
final class LiveFrames {
    /** The JDK's walker with locals, or null when this JVM does not give it (then no state is ever captured). */
    private static final StackWalker WALKER;
    private static final Method LOCALS;
    private static final Method STACK;
    /** The name of the JDK's LiveStackFrame, which primitive slots' boxes are nested in. */
    private static final String LIVE = StackWalker.class.getPackageName() + ".LiveStackFrame";
    /** The sandbox runtime's packages: its frames are the stand-ins', not the program's. */
    private static final String RUNTIME = Finding.class.getPackageName();

    static {
        StackWalker walker = null;
        Method locals = null;
        Method stack = null;
        try {
            // not public: no literal names it; its package is its neighbour StackWalker's
            Class<?> live = Class.forName(LIVE);
            Method get = live.getMethod("getStackWalker", Set.class);
            get.setAccessible(true);
            locals = live.getMethod("getLocals");
            locals.setAccessible(true);
            stack = live.getMethod("getStack");
            stack.setAccessible(true);
            walker = (StackWalker) get.invoke(null, EnumSet.of(StackWalker.Option.RETAIN_CLASS_REFERENCE));
        } catch (ReflectiveOperationException | RuntimeException e) {
            walker = null; // not opened or not there: nothing is ever proved to repeat
        }
        WALKER = walker;
        LOCALS = locals;
        STACK = stack;
    }

    private LiveFrames() {}

    /** A primitive slot's value (LiveStackFrame hands out a fresh box per slot per walk). */
    private record Value(String text) {}

    /** One frame: where it is and what it holds. */
    private record Frame(Class<?> owner, String method, String descriptor, int bci, Object[] locals, Object[] stack) {
        boolean same(Frame o) {
            return owner == o.owner && bci == o.bci && method.equals(o.method) && descriptor.equals(o.descriptor)
                    && same(locals, o.locals) && same(stack, o.stack);
        }

        private static boolean same(Object[] a, Object[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                boolean equal = a[i] instanceof Value v ? v.equals(b[i]) : a[i] == b[i];
                if (!equal) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A captured thread state; compare with {@link #same}. */
    record State(List<Frame> frames) {
        boolean same(State o) {
            if (frames.size() != o.frames.size()) {
                return false;
            }
            for (int i = 0; i < frames.size(); i++) {
                if (!frames.get(i).same(o.frames.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The calling thread's state, or null when it cannot be told: no walker, or learner code called from JDK or
     * sandbox code that runs learner code again and again (a forEach, a stage): between two calls that code runs
     * where no frame shows it, with its own state on the heap.
     */
    static State capture() {
        if (WALKER == null) {
            return null;
        }
        try {
            return WALKER.walk(frames -> {
                List<StackWalker.StackFrame> all = frames.toList();
                int entry = 0;
                while (entry + 1 < all.size() && runtime(all.get(entry + 1))) {
                    entry++; // the stand-in learner code called is the last of the sandbox's frames on top
                }
                List<Frame> out = new ArrayList<>();
                boolean inLearner = false;
                boolean belowLearner = false;
                for (int i = entry; i < all.size(); i++) {
                    StackWalker.StackFrame f = all.get(i);
                    if (i > entry) {
                        if (learner(f)) {
                            if (belowLearner) {
                                return null; // learner code under a JDK or sandbox frame that calls it back
                            }
                            inLearner = true;
                        } else {
                            belowLearner = inLearner;
                        }
                    }
                    Object[] locals = values(LOCALS, f);
                    Object[] stack = values(STACK, f);
                    if (i == entry) {
                        locals = Arrays.copyOf(locals, Math.min(locals.length, argumentSlots(f)));
                        stack = new Object[0];
                    }
                    out.add(new Frame(f.getDeclaringClass(), f.getMethodName(), f.getDescriptor(),
                            f.getByteCodeIndex(), locals, stack));
                }
                return new State(List.copyOf(out));
            });
        } catch (RuntimeException e) {
            return null; // a frame the walker could not read: no state, so nothing is claimed from it
        }
    }

    /** Learner classes have a loader of their own (the explorer's), neither the JDK's nor the runtime's. */
    private static boolean learner(StackWalker.StackFrame f) {
        ClassLoader l = f.getDeclaringClass().getClassLoader();
        return l != null && l != ClassLoader.getPlatformClassLoader() && l != LiveFrames.class.getClassLoader();
    }

    private static boolean runtime(StackWalker.StackFrame f) {
        String p = f.getDeclaringClass().getPackageName();
        return p.equals(RUNTIME) || p.startsWith(RUNTIME + ".");
    }

    /** The slots a static stand-in's arguments take (the runtime's entry points are all static). */
    private static int argumentSlots(StackWalker.StackFrame f) {
        int slots = 0;
        for (Class<?> t : f.getMethodType().parameterList()) {
            slots += t == long.class || t == double.class ? 2 : 1;
        }
        return slots;
    }

    private static Object[] values(Method part, StackWalker.StackFrame f) {
        Object[] slots;
        try {
            slots = (Object[]) part.invoke(f);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        Object[] out = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Object v = slots[i];
            out[i] = v != null && v.getClass().getName().startsWith(LIVE) ? new Value(v.toString())
                    : v;
        }
        return out;
    }
}

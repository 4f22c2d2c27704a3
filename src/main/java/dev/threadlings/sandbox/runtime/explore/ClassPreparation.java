package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.ClassInitializations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's classes for each schedule, with fresh static state, and the scenario's calls run on them: the
 * classes already loaded re-run their static initialization (in the order it first completed), which is much
 * cheaper than defining them again; a new loader only when that is not possible.
 */
final class ClassPreparation {
    private final Map<String, byte[]> classes;
    private final List<String[]> plan;
    private SandboxLoader loader;
    private List<Method> steps;
    private final Map<Class<?>, Method> resets = new HashMap<>();
    /** False once re-running the static initializers failed: every schedule then defines the classes afresh. */
    private boolean resettable = true;

    ClassPreparation(Map<String, byte[]> classes, List<String[]> plan) {
        this.classes = classes;
        this.plan = plan;
        ClassInitializations.forget();
    }

    /** A thread of the last run is still alive: the next run gets classes of its own. */
    void forget() {
        loader = null;
    }

    /** Fresh static state for the next schedule. */
    void prepare() {
        if (ClassInitializations.stateKept()) {
            resettable = false; // an enum or interface holds what the last schedule left there
        }
        if (loader != null && resettable) {
            try {
                ClassInitializations.rerunning(true);
                for (Class<?> c : ClassInitializations.completed()) {
                    Method reset = resets.get(c);
                    if (reset == null) {
                        reset = c.getDeclaredMethod("threadlings$reset");
                        reset.setAccessible(true);
                        resets.put(c, reset);
                    }
                    reset.invoke(null);
                }
                return;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // a fresh loader, now and from now on: a reset that failed once (a static initializer that starts
                // a thread, say) would fail again, and first initialization must happen inside the schedule
                resettable = false;
            } finally {
                ClassInitializations.rerunning(false);
            }
        }
        loader = new SandboxLoader(classes, ClassPreparation.class.getClassLoader());
        ClassInitializations.forget();
        resets.clear();
        steps = null;
    }

    /** The scenario's calls, in order, on the managed main thread. */
    void runPlan() {
        if (steps == null) {
            List<Method> found = new ArrayList<>();
            for (String[] step : plan) {
                try {
                    Method m = Class.forName(step[0], false, loader).getDeclaredMethod(step[1]);
                    m.setAccessible(true);
                    found.add(m);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the sandbox could not find " + step[0] + "." + step[1] + ": "
                            + e, e);
                }
            }
            steps = found;
        }
        for (Method m : steps) {
            try {
                m.invoke(null);
            } catch (InvocationTargetException e) {
                throw sneaky(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("the sandbox could not run " + m + ": " + e, e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}

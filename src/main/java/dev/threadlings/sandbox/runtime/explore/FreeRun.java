package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Exploration;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.race.Race;
import dev.threadlings.sandbox.runtime.race.RaceDetector;
import dev.threadlings.sandbox.runtime.race.RaceReport;
import dev.threadlings.sandbox.runtime.Searched;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.race.ConcurrentDetector;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.race.InstalledDetector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A free run: the scenario once, on real threads at full speed, with the happens-before detector listening (see
 * {@link FreeRunHooks}). No schedule is controlled, so it finds data races (which need no particular interleaving to be
 * seen) and whatever this one run happens to throw, but it cannot promise an interleaving or show a trace; for that
 * the explorer runs the scenario under its own scheduler.
 */
public final class FreeRun {
    private final Map<String, byte[]> classes;
    private final List<String[]> plan;
    private final long millis;
    private volatile Finding failure;

    public FreeRun(Map<String, byte[]> classes, List<String[]> plan, long millis) {
        this.classes = classes;
        this.plan = plan;
        this.millis = millis;
    }

    /** The run; its seconds are those of the program itself (from its first step to its last thread's end). */
    public Exploration run() {
        ConcurrentDetector detector = new ConcurrentDetector();
        InstalledDetector.install(detector);
        Thread.setDefaultUncaughtExceptionHandler(this::failed);
        SandboxLoader loader = new SandboxLoader(classes, FreeRun.class.getClassLoader());
        List<Method> steps = new ArrayList<>();
        try {
            for (String[] step : plan) {
                Method m = Class.forName(step[0], false, loader).getDeclaredMethod(step[1]);
                m.setAccessible(true);
                steps.add(m);
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            failure = new Finding.NotLoaded(e.toString());
        }
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(millis);
        Thread main = Thread.ofPlatform().name("main").unstarted(() -> {
            detector.me();                          // the first thread of the run: T0, "main"
            try {
                runPlan(steps);
            } catch (Throwable t) {
                failed(Thread.currentThread(), t);
            }
        });
        if (failure == null) {
            main.start();
        }
        boolean ended = awaitAll(detector, main, deadline);
        InstalledDetector.install(null);
        Finding f = failure;
        if (f == null && !ended) {
            f = new Finding.StillRunning(String.valueOf(millis / 1000.0), stillRunning(detector));
        }
        List<Race> races = detector.races();
        if (f != null && !races.isEmpty()) {
            f = RaceReport.explain(f, races, id -> label(detector, id), new Cause.Unknown());
        } else if (f == null && !races.isEmpty()) {
            f = RaceReport.failure(races, id -> label(detector, id));
        }
        List<String> names = new ArrayList<>();
        int threads = detector.threads().size();
        for (int i = 0; i < threads; i++) {
            names.add(label(detector, i));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Searched how = new Searched.OneFreeRun(detector.gaveUp() ? RaceDetector.MAX_THREADS : 0);
        return new Exploration(1, 0, false, 0, List.of(how), seconds, f, List.of(), names, List.of(), 0);
    }

    private void failed(Thread t, Throwable e) {
        if (failure == null) {
            String who = t.getName().equals("main") ? "main" : "\"" + t.getName() + "\"";
            synchronized (this) {
                if (failure == null) {
                    failure = Failures.uncaught(who, e);
                }
            }
        }
    }

    /** Main, then every thread that took part and is not a daemon, until the deadline. */
    private static boolean awaitAll(ConcurrentDetector detector, Thread main, long deadline) {
        try {
            if (!main.join(left(deadline))) {
                return false;
            }
            for (Thread t : detector.threads()) {
                if (!t.isDaemon() && !t.join(left(deadline))) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static java.time.Duration left(long deadline) {
        return java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    private static List<Finding.StillRunning.Running> stillRunning(ConcurrentDetector detector) {
        List<Finding.StillRunning.Running> out = new ArrayList<>();
        for (Thread t : detector.threads()) {
            if (t.isAlive() && !t.isDaemon() || t.isVirtual() && t.isAlive()) {
                out.add(new Finding.StillRunning.Running("\"" + t.getName() + "\"",
                        Failures.frames(t.getStackTrace(), 2)));
            }
        }
        return out;
    }

    static String label(ConcurrentDetector d, int id) {
        return Names.thread(id == 0 ? "main" : "T" + id, d.name(id));
    }

    private static void runPlan(List<Method> steps) throws Throwable {
        for (Method m : steps) {
            try {
                m.invoke(null);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

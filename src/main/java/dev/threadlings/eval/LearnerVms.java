package dev.threadlings.eval;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VMs of this process that run learner code, for the console's answer to a termination signal. Where they
 * cannot run in a PID namespace of their own ({@link PidNamespace}), learner code can signal the console
 * ({@code ProcessHandle.current().parent().get().destroy()}); no API says who sent a signal, so a signal that comes
 * while learner code runs, or just after it ran, is taken as learner code's.
 */
public final class LearnerVms {
    /** One learner VM: JShell's ({@link FastJdiControl}) or the sandbox's explorer. */
    public interface Vm {
        /** Learner code runs in it now: a snippet, a thread the learner started, the explorer's whole life. */
        boolean runsLearnerCode();

        /**
         * Threads that learner code started were alive when it last returned: they may signal at any time, and be
         * gone by the time the signal is answered.
         */
        boolean leftThreads();

        /** When learner code last ran in it, by {@link System#nanoTime()}; {@link Long#MIN_VALUE} if never. */
        long lastRan();

        /** The VM's process (what it started is ended with it). */
        ProcessHandle process();

        /** Ends the VM at once. */
        void kill();
    }

    /**
     * How long after learner code ran a signal is still taken as its own: the signal it sent reaches this VM's
     * handler later than the snippet's result may (a busy machine, the JVM's signal thread).
     */
    private static final long RECENT_NANOS = 10_000_000_000L;

    private static final Set<Vm> live = ConcurrentHashMap.newKeySet();

    private LearnerVms() {}

    /** Adds a learner VM; it is forgotten once it has ended and a signal it sent would have arrived. */
    public static void add(Vm vm) {
        forgetOld(System.nanoTime());
        live.add(vm);
    }

    private static void forgetOld(long now) {
        live.removeIf(vm -> !vm.process().isAlive() && !recent(vm, now));
    }

    private static boolean recent(Vm vm, long now) {
        long ran = vm.lastRan();
        return ran != Long.MIN_VALUE && (vm.leftThreads() || now - ran < RECENT_NANOS);
    }

    /**
     * True when learner code could have sent a signal to this VM: learner VMs run outside a namespace, and one runs
     * learner code now, or ran it just now or left threads running, after {@code since} (a {@link System#nanoTime()}; code that ran before
     * it was answered already).
     */
    public static boolean mayHaveSignalled(long since) {
        if (PidNamespace.available()) {
            return false;
        }
        long now = System.nanoTime();
        forgetOld(now);
        return live.stream().anyMatch(vm -> recent(vm, now) && vm.lastRan() - since > 0 || vm.runsLearnerCode());
    }

    /** True when learner VMs run outside a namespace and learner code runs in one now. */
    public static boolean runsLearnerCode() {
        return !PidNamespace.available() && live.stream().anyMatch(Vm::runsLearnerCode);
    }

    /**
     * Ends every learner VM that runs learner code now, and the processes it started (a helper that signals
     * again); returns how many VMs were ended.
     */
    public static int stopRunning() {
        int stopped = 0;
        for (Vm vm : live) {
            if (vm.runsLearnerCode()) {
                vm.process().descendants().forEach(ProcessHandle::destroyForcibly);
                vm.kill();
                live.remove(vm); // what it sent before it died is the caller's to absorb
                stopped++;
            }
        }
        return stopped;
    }
}

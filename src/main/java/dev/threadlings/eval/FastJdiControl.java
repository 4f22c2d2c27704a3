package dev.threadlings.eval;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.Field;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jdk.jshell.execution.JdiExecutionControl;

/**
 * The console's side of one learner VM. Stopping a snippet throws the agent's own stop exception into the thread
 * that runs it (through JDI, since the agent's command loop is busy); killing ends the process.
 */
final class FastJdiControl extends JdiExecutionControl implements LearnerVms.Vm {
    private static final String AGENT_BASE = "jdk.jshell.execution.RemoteExecutionControl";
    private final VirtualMachine vm;
    private final Process process;
    private volatile boolean closed;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();
    /** Calls into learner code (a snippet, a variable's toString) under way. */
    private final AtomicInteger running = new AtomicInteger();
    private volatile long lastRan = Long.MIN_VALUE;
    /** The VM's threads before learner code first ran: any other live thread is one learner code started. */
    private volatile Set<Long> ownThreads;
    private volatile boolean warming;
    private volatile boolean leftThreads;

    FastJdiControl(ObjectOutput out, ObjectInput in, VirtualMachine vm, Process process) {
        super(out, in);
        this.vm = vm;
        this.process = process;
        LearnerVms.add(this);
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        enter();
        try {
            return super.invoke(className, methodName);
        } finally {
            leave();
        }
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        enter();
        try {
            return super.varValue(className, varName);
        } finally {
            leave();
        }
    }

    private void enter() {
        if (ownThreads == null) {
            ownThreads = threadIds();
        }
        if (!warming) {
            running.incrementAndGet();
            lastRan = System.nanoTime();
        }
    }

    private void leave() {
        if (!warming) {
            // only where learner code can signal the console: a JDI round trip after every snippet
            leftThreads = !PidNamespace.available() && alive() && learnerThreadsAlive();
            lastRan = System.nanoTime();
            running.decrementAndGet();
        }
    }

    /** Runs our own warm-up snippet: not learner code, so a signal just after it is not taken as the learner's. */
    void warmUp(Runnable ours) {
        warming = true;
        try {
            ours.run();
        } finally {
            warming = false;
        }
    }

    private Set<Long> threadIds() {
        try {
            return vm.allThreads().stream().map(ThreadReference::uniqueID).collect(Collectors.toUnmodifiableSet());
        } catch (RuntimeException e) {
            return Set.of(); // a VM that cannot list its threads: every thread counts as the learner's
        }
    }

    @Override
    public boolean runsLearnerCode() {
        if (!alive()) {
            return false;
        }
        return running.get() > 0 || learnerThreadsAlive();
    }

    /** True while a call into learner code (a snippet, a value's toString) is sent and not answered yet. */
    boolean invoking() {
        return running.get() > 0;
    }

    @Override
    public boolean leftThreads() {
        return leftThreads;
    }

    private boolean learnerThreadsAlive() {
        Set<Long> own = ownThreads;
        if (own == null) {
            return false; // no learner code ran yet
        }
        // JDI answers from the VM; one that does not answer soon is taken as busy with learner code
        try {
            return CompletableFuture.supplyAsync(() -> !own.containsAll(threadIds()),
                    r -> Thread.ofPlatform().daemon().name("learner-threads").start(r)).get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return true;
        }
    }

    @Override
    public long lastRan() {
        return running.get() > 0 ? System.nanoTime() : lastRan;
    }

    @Override
    public ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    protected VirtualMachine vm() throws EngineTerminationException {
        if (closed) {
            throw new EngineTerminationException("the VM is closed");
        }
        return vm;
    }

    /** Loads snippet classes with their assertions always on ({@link AssertionsOn}). */
    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        remember(classes);
        super.load(assertionsOn(classes));
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, EngineTerminationException {
        remember(classes);
        super.redefine(assertionsOn(classes));
    }

    /** Every class sent to the VM so far (the latest version of each), by binary name, as JShell compiled it. */
    Map<String, byte[]> loaded() {
        return Map.copyOf(loaded);
    }

    private void remember(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            loaded.put(c.name(), c.bytecodes());
        }
    }

    private static ClassBytecodes[] assertionsOn(ClassBytecodes[] classes) {
        ClassBytecodes[] out = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            out[i] = new ClassBytecodes(classes[i].name(), AssertionsOn.apply(classes[i].bytecodes()));
        }
        return out;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return !closed && process.isAlive();
    }

    /**
     * Throws the agent's stop exception into the thread running the current snippet. Best effort: a snippet that
     * catches Throwable or sits BLOCKED on a monitor will not stop; the caller escalates to {@link #kill()}.
     */
    @Override
    public synchronized void stop() throws EngineTerminationException, InternalException { // one at a time
        if (closed) {
            return;
        }
        try {
            vm.suspend();
            boolean resumed = false;
            try {
                for (ThreadReference thread : vm.allThreads()) {
                    ObjectReference agent = agentInvoking(thread);
                    if (agent == null) {
                        continue;
                    }
                    var type = agent.referenceType();
                    Field inClientCode = type.fieldByName("inClientCode");
                    Field expectingStop = type.fieldByName("expectingStop");
                    Field stopException = type.fieldByName("stopException");
                    if (inClientCode != null && agent.getValue(inClientCode) instanceof BooleanValue running
                            && running.value()) {
                        // the agent waits for an expected stop before it reports back, so the stop cannot
                        // land in its own result handling
                        agent.setValue(expectingStop, vm.mirrorOf(true));
                        ObjectReference stop = (ObjectReference) agent.getValue(stopException);
                        vm.resume();
                        resumed = true;
                        thread.stop(stop);
                        agent.setValue(expectingStop, vm.mirrorOf(false));
                    }
                    break;
                }
            } finally {
                if (!resumed) {
                    vm.resume();
                }
            }
        } catch (Exception e) {
            throw new InternalException("could not stop the snippet: " + e);
        }
    }

    /** The agent object whose {@code invoke} frame is on this thread's stack, if any. */
    private static ObjectReference agentInvoking(ThreadReference thread) {
        try {
            for (StackFrame frame : thread.frames()) {
                var location = frame.location();
                String method = location.method().name();
                if ((method.equals("invoke") || method.equals("varValue"))
                        && location.declaringType().name().equals(AGENT_BASE)) {
                    return frame.thisObject();
                }
            }
        } catch (Exception e) {
            // a thread that ended or cannot be read is not running the snippet
        }
        return null;
    }

    /** Ends the VM at once; pending calls fail with EngineTerminationException. */
    @Override
    public void kill() {
        closed = true;
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            super.close();
        } catch (RuntimeException e) {
            // the VM may already be gone; closing must not fail
        }
        closed = true;
        try {
            vm.dispose();
        } catch (RuntimeException e) {
            // already disconnected
        }
        process.destroyForcibly();
    }
}

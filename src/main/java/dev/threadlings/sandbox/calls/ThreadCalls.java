package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.FREE_RUN;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.constructor;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.InterruptModel;
import dev.threadlings.sandbox.runtime.model.JoinModel;
import dev.threadlings.sandbox.runtime.model.SleepModel;
import dev.threadlings.sandbox.runtime.model.ThreadModel;
import dev.threadlings.sandbox.runtime.model.ThreadStateModel;
import dev.threadlings.sandbox.runtime.model.UncaughtHandlerModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Thread: start and yield go to ThreadModel, join to JoinModel, interrupt to InterruptModel, sleep to SleepModel
 * and the state queries to ThreadStateModel (a learner's subclass of Thread too, but for the static calls); a new Thread's Runnable becomes a managed task; in a static initializer a thread started is managed
 * and runs once the initializer is done. The default uncaught-exception handler is the model's. In a free run a
 * thread's start, interrupt and the calls that may see its end are hand-offs the race detector hears of.
 */
final class ThreadCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        Class<?> t = Thread.class;
        RuleSet threads = new RuleSet(ThreadModel.class).withSubclasses(true).receivers(CallRule.Receivers.VIRTUAL)
                .replace(method(t, "start"), "start")
                .in(INITIALIZER)
                .replace(method(t, "start"), "startInInitializer")
                .in(BODY).receivers(CallRule.Receivers.ANY)
                .custom(constructor(t, Runnable.class), ThreadCalls::wrapTask)
                .custom(constructor(t, ThreadGroup.class, Runnable.class), ThreadCalls::wrapTask)
                .custom(constructor(t, Runnable.class, String.class), ThreadCalls::wrapNamedTask)
                .custom(constructor(t, ThreadGroup.class, Runnable.class, String.class), ThreadCalls::wrapNamedTask)
                .withSubclasses(false)
                .replace(method(t, "yield"), "yieldNow")
                .replace(method(t, "onSpinWait"), "yieldNow")
                .replace(method(t, "startVirtualThread", Runnable.class), "startVirtual");
        RuleSet joins = new RuleSet(JoinModel.class).withSubclasses(true).receivers(CallRule.Receivers.VIRTUAL)
                .replace(method(t, "join"), "join")
                .replace(method(t, "join", long.class), "joinTimed")
                .replace(method(t, "join", Duration.class), "joinDuration")
                .in(INITIALIZER)
                .replace(method(t, "join"), "joinInInitializer")
                .replace(method(t, "join", long.class), "joinTimedInInitializer");
        RuleSet interrupts = new RuleSet(InterruptModel.class).withSubclasses(true)
                .receivers(CallRule.Receivers.VIRTUAL)
                .replace(method(t, "interrupt"), "interrupt")
                .replace(method(t, "isInterrupted"), "isInterrupted")
                .withSubclasses(false).receivers(CallRule.Receivers.ANY)
                .replace(method(t, "interrupted"), "interrupted");
        for (Class<?> f : List.of(Future.class, FutureTask.class, ScheduledFuture.class)) {
            interrupts.receivers(f == ScheduledFuture.class ? CallRule.Receivers.NOT_SUPER : CallRule.Receivers.ANY)
                    .replace(method(f, "cancel", boolean.class), "cancel"); // cancel(true) interrupts the runner
        }
        RuleSet states = new RuleSet(ThreadStateModel.class).withSubclasses(true).receivers(CallRule.Receivers.VIRTUAL)
                .in(BODY, INITIALIZER)
                .plain(method(t, "isAlive"), "isAlive")
                .plain(method(t, "setDaemon", boolean.class), "setDaemon")
                .plain(method(t, "getState"), "state")
                .in(BODY).withSubclasses(false).receivers(CallRule.Receivers.ANY)
                .plain(method(t, "currentThread"), "currentThread");
        RuleSet sleeps = new RuleSet(SleepModel.class).receivers(CallRule.Receivers.ANY)
                .replace(method(t, "sleep", long.class), "sleepMillis")
                .replace(method(t, "sleep", Duration.class), "sleepDuration");
        for (Class<?> builder : List.of(Thread.Builder.class, Thread.Builder.OfPlatform.class,
                Thread.Builder.OfVirtual.class)) {
            threads.replace(method(builder, "start", Runnable.class), "builderStart")
                    .plain(method(builder, "unstarted", Runnable.class), "builderUnstarted");
        }
        RuleSet uncaught = new RuleSet(UncaughtHandlerModel.class).in(BODY, INITIALIZER)
                .plain(method(t, "setDefaultUncaughtExceptionHandler", Thread.UncaughtExceptionHandler.class),
                        "setDefaultUncaughtExceptionHandler")
                .plain(method(t, "getDefaultUncaughtExceptionHandler"), "getDefaultUncaughtExceptionHandler");
        // a free run: the thread really starts and ends; the race detector hears of it (a subclass's super calls too)
        RuleSet free = new RuleSet(ThreadModel.class).in(FREE_RUN).withSubclasses(true)
                .tell(method(t, "start"), FreeHandOff.STARTS_THREAD)
                .tell(method(t, "interrupt"), FreeHandOff.INTERRUPTS);
        for (String ends : List.of("join", "isAlive", "isInterrupted", "getState")) {
            for (JdkMethod m : JdkMethod.overloads(t, ends)) {
                free.tell(m, FreeHandOff.SEES_THREAD_END);
            }
        }
        free.withSubclasses(false).receivers(CallRule.Receivers.ANY)
                .tell(method(t, "interrupted"), FreeHandOff.SEES_OWN_INTERRUPT);
        for (Class<?> f : List.of(Future.class, FutureTask.class, ScheduledFuture.class)) {
            free.receivers(f == ScheduledFuture.class ? CallRule.Receivers.NOT_SUPER : CallRule.Receivers.ANY)
                    .tell(method(f, "cancel", boolean.class), FreeHandOff.CANCELS);
        }
        List<CallRule> out = new ArrayList<>();
        for (RuleSet r : List.of(threads, joins, interrupts, states, sleeps, uncaught, free)) {
            out.addAll(r.rules());
        }
        return out;
    }

    /** new Thread(runnable): the Runnable, on top of the stack, becomes a managed task. */
    private static void wrapTask(org.objectweb.asm.tree.InsnList code, MethodInsnNode call, String location) {
        code.insertBefore(call, wrap());
    }

    /** new Thread(runnable, name): the Runnable is under the name. */
    private static void wrapNamedTask(org.objectweb.asm.tree.InsnList code, MethodInsnNode call, String location) {
        code.insertBefore(call, new InsnNode(Opcodes.SWAP));
        code.insertBefore(call, wrap());
        code.insertBefore(call, new InsnNode(Opcodes.SWAP));
    }

    private static MethodInsnNode wrap() {
        StandIn w = StandIn.of(ThreadModel.class, "wrap");
        return new MethodInsnNode(Opcodes.INVOKESTATIC, w.owner(), w.name(), w.desc());
    }
}

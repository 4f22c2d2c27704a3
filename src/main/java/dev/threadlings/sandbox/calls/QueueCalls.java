package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.overloads;

import dev.threadlings.sandbox.runtime.model.BlockingQueueModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Blocking queues: put and take, the timed offers and polls and the deque ends wait in BlockingQueueModel; a
 * SynchronousQueue's offer and poll too, timed or not (SynchronousQueueModel).
 */
final class QueueCalls implements Primitive {
    private static final List<Class<?>> QUEUES = List.of(BlockingQueue.class, BlockingDeque.class,
            ArrayBlockingQueue.class, LinkedBlockingQueue.class, LinkedBlockingDeque.class, PriorityBlockingQueue.class);
    /** The timed calls, by name → their stand-in; put/take at the deque ends keep their names. */
    private static final Map<String, String> TIMED = Map.of("offer", "offerTimed", "poll", "pollTimed",
            "offerFirst", "offerFirstTimed", "offerLast", "offerLastTimed", "pollFirst", "pollFirstTimed",
            "pollLast", "pollLastTimed");

    @Override
    public List<CallRule> rules() {
        RuleSet waits = new RuleSet(BlockingQueueModel.class);
        RuleSet queues = new RuleSet(BlockingQueueModel.class).receivers(CallRule.Receivers.NOT_SUPER);
        for (Class<?> q : Stream.concat(QUEUES.stream(), Stream.of(SynchronousQueue.class)).toList()) {
            waits.replace(JdkMethod.method(q, "put", Object.class), "put").replace(JdkMethod.method(q, "take"), "take");
        }
        for (Class<?> q : QUEUES) {
            for (String name : List.of("offer", "poll", "offerFirst", "offerLast", "pollFirst", "pollLast")) {
                overloads(q, name).stream().filter(QueueCalls::timed)
                        .forEach(m -> queues.replace(m, TIMED.get(name)));
            }
            for (String name : List.of("putFirst", "putLast", "takeFirst", "takeLast")) {
                overloads(q, name).forEach(m -> queues.replace(m, name));
            }
        }
        // a SynchronousQueue's offer and poll wait in the model like its put and take (untimed: only a partner
        // already waiting), since partners wait there and never in the real queue
        Class<?> sq = SynchronousQueue.class;
        overloads(sq, "offer").stream().filter(QueueCalls::timed).forEach(m -> queues.replace(m, "offerTimed"));
        overloads(sq, "poll").stream().filter(QueueCalls::timed).forEach(m -> queues.replace(m, "pollTimed"));
        queues.replace(JdkMethod.method(sq, "offer", Object.class), "offerNow")
                .replace(JdkMethod.method(sq, "poll"), "pollNow");
        return Stream.concat(waits.rules().stream(), queues.rules().stream()).toList();
    }

    private static boolean timed(JdkMethod m) {
        Class<?>[] p = m.executable().getParameterTypes();
        return p.length > 0 && p[p.length - 1] == TimeUnit.class;
    }
}

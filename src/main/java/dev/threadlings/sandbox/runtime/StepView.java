package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What the explorer VM tells the host at one decision of a stepped schedule (threadlings step): the choices that
 * led there (the schedule's {@code --replay} token so far), the threads, what happened so far, each thread's state,
 * and for each choice the host may make, the step it would be — computed by running it, not guessed. Crosses to the
 * host as text ({@link StepCodec}).
 *
 * @param choices  the decisions taken so far: a prefix of what the host asked for ({@code diverged} when the
 *                 program did not offer one of them: it does not replay the same way)
 * @param threads  thread labels by id ("main", "T1 \"worker\"")
 * @param history  every step so far, in order
 * @param states   each thread's state at this decision (none when the program already ended)
 * @param options  the choices on offer, each with its step; empty when the program ended
 * @param ended    how the program ended, when it did: a failure, or null with no options (it ended normally)
 * @param races    data races seen so far, each with its two accesses
 */
public record StepView(List<Integer> choices, boolean diverged, List<String> threads, List<TraceEvent> history,
                       List<ThreadState> states, List<Option> options, Finding ended,
                       List<RacingAccesses> races) {
    public StepView {
        choices = List.copyOf(choices);
        threads = List.copyOf(threads);
        history = List.copyOf(history);
        states = List.copyOf(states);
        options = List.copyOf(options);
        races = List.copyOf(races);
    }

    /** The program has ended (a failure, or every thread finished): there is nothing left to choose. */
    public boolean over() {
        return options.isEmpty();
    }

    /** Whether a thread can run now, is blocked (and on what), or has finished. */
    public enum Status { RUNS, BLOCKED, FINISHED }

    /** One thread at this decision: {@code waits} says on what when blocked; {@code holds} the locks it holds. */
    public record ThreadState(int thread, Status status, String waits, List<String> holds) {
        public ThreadState {
            holds = List.copyOf(holds);
        }
    }

    /**
     * A choice on offer: {@code choice} as the schedule records it (a thread id, or a liberty such as a timed
     * wait ending now), the thread it runs, the decisions the step takes ({@code choices}, the first being
     * {@code choice}), what happens in it, and how the program ends in it, if it does ({@code ends}: a failure;
     * {@code finishes}: it ended normally). {@code races}: data races this step makes.
     */
    public record Option(int choice, int thread, List<Integer> choices, List<TraceEvent> events, Finding ends,
                         boolean finishes, List<RacingAccesses> races) {
        public Option {
            choices = List.copyOf(choices);
            events = List.copyOf(events);
            races = List.copyOf(races);
        }

        /** A liberty rather than a plain "run this thread": its timed wait ends now, or it wakes spuriously. */
        public boolean liberty() {
            return choice != thread;
        }
    }
}

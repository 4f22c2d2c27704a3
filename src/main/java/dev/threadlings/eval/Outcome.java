package dev.threadlings.eval;

import java.util.List;
import java.util.Optional;

/** What evaluating one snippet did, as the console and the grader need to know it. */
public sealed interface Outcome {

    /** The snippet's source, as evaluated. */
    String source();

    /** An expression or variable with a value: {@code x ==> 42}. {@code name} is {@code $1} for a bare expression. */
    record Value(String source, String name, String type, String value, boolean declaration) implements Outcome {}

    /** A class, method, or import was created or replaced ("created class Counter"). */
    record Declared(String source, String kind, String name, boolean replaced, List<String> unresolved)
            implements Outcome {}

    /** A statement that ran and produced no value. */
    record Ran(String source) implements Outcome {}

    /** The snippet did not compile. */
    record CompileError(String source, List<Diagnostic> diagnostics) implements Outcome {}

    /** The snippet threw. */
    record Thrown(String source, Failure failure) implements Outcome {}

    /** The learner (or a time limit) stopped the snippet. */
    record Stopped(String source) implements Outcome {}

    /** The VM went away while the snippet ran: System.exit, a crash, or a kill. */
    /** {@code reason}: a bundle key ({@code jshell.vm-ended} …), said in the reader's language. */
    record VmLost(String source, String reason) implements Outcome {}

    /** One compiler message; positions are offsets into the snippet's source. */
    record Diagnostic(String message, long start, long end, boolean error) {}

    /** An exception with the learner-relevant part of its stack. */
    record Failure(String exceptionClass, String message, List<Frame> frames, Optional<Failure> cause) {
        /** {@code java.lang.IllegalStateException: boom} as Throwable.toString() would say it. */
        public String headline() {
            return message == null ? exceptionClass : exceptionClass + ": " + message;
        }
    }

    /**
     * One stack frame. {@code snippetId} is JShell's snippet id when the frame is in learner code ("12"), else
     * empty; {@code where} is the human form: a class and method with JShell's wrapper names removed.
     */
    record Frame(String where, Optional<String> snippetId, int line, String fileName) {}

    /** True for outcomes that mean the learner's code did not do what it said. */
    default boolean failed() {
        return this instanceof CompileError || this instanceof Thrown || this instanceof Stopped
                || this instanceof VmLost;
    }
}

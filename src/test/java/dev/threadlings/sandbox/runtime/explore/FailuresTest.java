package dev.threadlings.sandbox.runtime.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A helpful NullPointerException from instrumented code names the learner's read, never the sandbox's classes. */
class FailuresTest {

    @Test
    void aFieldReadThatGaveNullIsCalledSo() {
        assertEquals("Cannot invoke \"String.equals(Object)\" because the value read from a field is null",
                Failures.learnersWords("Cannot invoke \"String.equals(Object)\" because the return value of "
                        + "\"dev.threadlings.sandbox.runtime.model.MemoryAccesses.readL(Object, String, String)\" is null"));
    }

    @Test
    void aModelsCallIsNamedByTheCallTheLearnerWrote() {
        assertEquals("Cannot invoke \"Object.toString()\" because the return value of \"poll(…)\" is null",
                Failures.learnersWords("Cannot invoke \"Object.toString()\" because the return value of \"dev."
                        + "threadlings.sandbox.runtime.model.BlockingQueueModel.pollTimed(Object, long, "
                        + "java.util.concurrent.TimeUnit, String)\" is null"));
    }

    @Test
    void theJdksOwnWordsStay() {
        String jdk = "Cannot invoke \"String.length()\" because \"<local1>\" is null";
        assertEquals(jdk, Failures.learnersWords(jdk));
    }
}

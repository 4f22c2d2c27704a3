package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * A thread of a schedule that stopped making progress: running in learner code without a scheduling point, or in
 * state {@code state} ({@code waiting}) inside {@code call} ({@code LockSupport.park}; {@code ""} when unknown).
 */
public record Stalled(String thread, boolean inLearnerCode, String state, String call, List<Frame> frames) {
    public Stalled {
        frames = List.copyOf(frames);
    }
}

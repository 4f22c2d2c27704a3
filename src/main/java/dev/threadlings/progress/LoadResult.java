package dev.threadlings.progress;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProgressStore#load()} found.
 *
 * @param progress the learner's progress; {@link Progress#empty()} when the file was missing or unreadable
 * @param warning  one sentence for the learner when the file could not be used (it says where the old file went)
 */
public record LoadResult(Progress progress, Optional<String> warning) {
    public LoadResult {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(warning, "warning");
    }
}

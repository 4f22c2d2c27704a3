/**
 * What the learner has done ({@link dev.threadlings.progress.Progress}) and where it is kept
 * ({@link dev.threadlings.progress.ProgressStore}): one small properties file per user, replaced atomically and
 * moved aside, never deleted, when it cannot be read.
 */
package dev.threadlings.progress;

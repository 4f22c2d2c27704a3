/**
 * {@code threadlings bench}: measures launch → prompt, warm eval and check latency of threadlings against the stock
 * {@code jshell} of the same JDK, driving both as child processes over pipes. JDK only; knows nothing about the
 * course model or the console's classes, so it measures what a learner gets, not what the code thinks it does.
 */
package dev.threadlings.bench;

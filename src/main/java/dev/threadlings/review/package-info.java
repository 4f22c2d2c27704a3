/**
 * The anti-pattern review: PMD 7 (a field library, not a home-made linter) reads the learner's file and reports
 * concurrency idioms gone wrong — {@code unlock()} outside {@code finally}, {@code wait()} outside a loop, a
 * swallowed interrupt, sleeping instead of joining — as {@link dev.threadlings.review.Finding}s on the learner's
 * own lines, in the course's words. The detection is PMD's: its Java parser and type resolution, its
 * multithreading rules, and XPath rules written in PMD's own rule language ({@code rules.xml} beside this
 * package). Knows nothing of JShell or the course; the caller says which packages are implied.
 */
package dev.threadlings.review;

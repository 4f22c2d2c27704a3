package dev.threadlings.grade;

import dev.threadlings.course.BreaksExpectation;
import dev.threadlings.course.Check;
import dev.threadlings.course.Expectation;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.course.HoldsExpectation;
import dev.threadlings.course.OutputExpectation;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.course.ReviewExpectation;
import dev.threadlings.review.Finding;
import dev.threadlings.review.Review;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pure grading: a check's spec and what was observed running it → the check's result. No I/O. */
public final class Grader {
    private Grader() {}

    /** A failure of the learner's code wins over a check that could not say (see {@link Verdict#of}). */
    public static CheckResult grade(Check check, Observation seen) {
        return grade(check, seen, Messages.ENGLISH);
    }

    /** The result with its reason in {@code text}'s language (the kind, a machine value, is the same in all). */
    public static CheckResult grade(Check check, Observation seen, Messages text) {
        return new Grading(text).grade(check, seen);
    }

    /** One grading's language: every reason the learner reads comes from its bundle. */
    private record Grading(Messages text) {

        CheckResult grade(Check check, Observation seen) {
            if (seen.trouble().isPresent()) {
                return trouble(check, seen.trouble().get(), seen);
            }
            for (Expectation expectation : check.expectations()) {
                Optional<CheckResult> failure = switch (expectation) {
                    case OutputExpectation out -> OutputComparison.mismatch(out.mode(), out.text(), seen.output(), text)
                            .map(d -> failed(check, "output", text.get("grade.output"), d, seen, false));
                    case HoldsExpectation h -> holds(check, h, seen);
                    case ExploreExpectation e -> explored(check, e, seen);
                    case ReviewExpectation r -> reviewed(check, r, seen);
                    case BreaksExpectation b -> broken(check, b, seen);
                };
                if (failure.isPresent()) {
                    return failure.get();
                }
            }
            if (!seen.diedThreads().isEmpty()) {
                // what the check looked at came out right, but a thread of the learner's died on the way: the work
                // it had left is not done, and the next caller finds it gone
                Observation.DiedThread d = seen.diedThreads().getFirst();
                CheckResult.Failed died = failed(check, "thread-died", text.get("grade.thread-died", d.thread(),
                        d.exception().replaceFirst("(?s)^(?:[\\w$]+\\.)*([\\w$]+)(?::.*)?$", "$1"), d.where()),
                        d.lines(), seen, true);
                // the check's prose explains what it looks at, and that held: it would send the learner astray
                return new CheckResult.Failed(died.name(), "", died.reason(), died.details(), died.kind());
            }
            return new CheckResult.Passed(check.name());
        }

        private Optional<CheckResult> explored(Check check, ExploreExpectation e, Observation seen) {
            if (seen.explored().isEmpty()) {
                return Optional.of(failed(check, "not-explored", text.get("grade.not-explored"), List.of(), seen));
            }
            Observation.Explored x = seen.explored().get();
            if (x.outcome().kind() == SandboxOutcome.Kind.COULD_NOT_CHECK) {
                return Optional.of(new CheckResult.NotChecked(check.name(), x.words().headline(text),
                        x.words().details(text), x.outcome().id()));
            }
            if (x.outcome().id().equals(e.expect())) {
                return Optional.empty();
            }
            if (e.expect().equals("none")) {
                String why = x.outcome() == SandboxOutcome.DATA_RACE ? text.get("grade.race", x.words().headline(text))
                        : text.get("grade.breaks", x.words().headline(text));
                return Optional.of(failed(check, x.outcome().id(), why, x.report(), seen));
            }
            String found = x.outcome() == SandboxOutcome.NONE ? text.get("grade.found-nothing", x.words().coverage(text))
                    : text.get("grade.found-other", x.words().headline(text));
            return Optional.of(failed(check, x.outcome() == SandboxOutcome.NONE ? "not-found" : x.outcome().id(),
                    text.get("grade.expected-finding", e.expect(), found), x.report(), seen));
        }

        /**
         * A challenge's schedule, replayed: it passes only when it ends in the named failure. Another failure is
         * not the one asked for (a data race is not the deadlock), and a replay that could not check is said so.
         */
        private Optional<CheckResult> broken(Check check, BreaksExpectation b, Observation seen) {
            if (seen.explored().isEmpty()) {
                return Optional.of(failed(check, "no-schedule", text.get("grade.no-schedule"), List.of(), seen));
            }
            Observation.Explored x = seen.explored().get();
            if (x.outcome().kind() == SandboxOutcome.Kind.COULD_NOT_CHECK) {
                return Optional.of(new CheckResult.NotChecked(check.name(), x.words().headline(text),
                        x.words().details(text), x.outcome().id()));
            }
            if (x.outcome().id().equals(b.expect())) {
                return Optional.empty();
            }
            String asked = text.get("sandbox.title." + b.expect());
            String why = x.outcome() == SandboxOutcome.NONE ? text.get("grade.not-broken", asked)
                    : text.get("grade.broken-other", x.words().headline(text), asked);
            return Optional.of(failed(check, x.outcome() == SandboxOutcome.NONE ? "not-broken" : x.outcome().id(),
                    why, x.report(), seen));
        }

        /** Fails on the first finding of a fatal rule, with the course's sentence and every such line of the file. */
        private Optional<CheckResult> reviewed(Check check, ReviewExpectation r, Observation seen) {
            if (seen.review().isEmpty() || seen.review().get() instanceof Review.NotReviewed) {
                // the analyzer could not read the file: neither a pass nor the learner's failure
                String why = seen.review().map(x -> ((Review.NotReviewed) x).why(text)).orElse(text.get("grade.review-did-not-run"));
                return Optional.of(new CheckResult.NotChecked(check.name(), text.get("grade.not-reviewed", why), List.of(), "not-reviewed"));
            }
            List<Finding> fatal = seen.review().get().findings().stream()
                    .filter(f -> r.fatal().contains(f.rule().id())).toList();
            if (fatal.isEmpty()) {
                return Optional.empty();
            }
            Finding first = fatal.getFirst();
            List<String> lines = fatal.stream().filter(f -> f.rule() == first.rule())
                    .map(f -> f.where() + ": " + f.code()).toList();
            return Optional.of(failed(check, first.rule().id(), first.rule().sentence(text), lines, seen));
        }

        private Optional<CheckResult> holds(Check check, HoldsExpectation h, Observation seen) {
            for (String expr : h.expressions()) {
                Observation.HoldsValue v = seen.holds().stream().filter(x -> x.expression().equals(expr)).findFirst()
                        .orElse(new Observation.HoldsValue(expr, Optional.empty(), text.get("grade.not-evaluated")));
                if (v.value().isEmpty()) {
                    return Optional.of(failed(check, "holds-error", text.get("grade.holds-error", expr),
                            List.of(v.problem().split("\n")), seen));
                }
                if (!v.value().get()) {
                    return Optional.of(failed(check, "holds", text.get("grade.holds", expr),
                            List.of(), seen));
                }
            }
            return Optional.empty();
        }

        private CheckResult trouble(Check check, Observation.Trouble t, Observation seen) {
            return switch (t) {
                case Observation.Trouble.Threw threw -> failed(check, "exception", text.get("grade.threw", threw.headline()),
                        threw.lines(), seen);
                case Observation.Trouble.TimedOut out -> failed(check, "timeout", text.get("grade.timeout", out.seconds()),
                        List.of(), seen);
                case Observation.Trouble.MachineBusy busy -> new CheckResult.NotChecked(check.name(),
                        text.get("grade.machine-busy", busy.seconds()), List.of(), "machine-busy");
                case Observation.Trouble.VmEnded end -> failed(check, "vm-ended", text.get("grade.vm-ended", end.reason()), List.of(), seen);
                case Observation.Trouble.DoesNotFit misfit -> failed(check, "does-not-fit",
                        text.get("grade.does-not-fit"), misfit.lines(), seen);
            };
        }

        private CheckResult failed(Check check, String kind, String reason, List<String> details,
                                          Observation seen) {
            return failed(check, kind, reason, details, seen, true);
        }

        /** A failure the sandbox found: its report goes with it, to be shown at the screen's width. */
        private CheckResult failed(Check check, String kind, String reason, SandboxReport explored,
                                          Observation seen) {
            CheckResult.Failed f = (CheckResult.Failed) failed(check, kind, reason, List.of(), seen, true);
            return new CheckResult.Failed(f.name(), f.message(), f.reason(), f.details(), f.kind(),
                    Optional.of(explored));
        }

        /** {@code err} without the trace the JDK printed for {@code thread}'s death (its header, frames, causes). */
        private static String withoutTrace(String err, String thread) {
            String header = "Exception in thread \"" + thread + "\" ";
            List<String> kept = new ArrayList<>();
            boolean inTrace = false;
            for (String line : err.lines().toList()) {
                if (line.startsWith(header)) {
                    inTrace = true;
                } else if (!inTrace || !(line.isEmpty() || Character.isWhitespace(line.charAt(0))
                        || line.startsWith("Caused by: "))) {
                    inTrace = false;
                    kept.add(line);
                }
            }
            return String.join("\n", kept).strip();
        }

        /** {@code showOutput}: what the check printed helps explain the failure (not when the output is the diff). */
        private CheckResult.Failed failed(Check check, String kind, String reason, List<String> details,
                                          Observation seen, boolean showOutput) {
            List<String> all = new ArrayList<>(details);
            String out = seen.output().strip();
            if (showOutput && !out.isEmpty()) {
                all.add(text.get("grade.printed"));
                out.lines().limit(20).forEach(l -> all.add("  " + l));
                if (out.lines().count() > 20) {
                    all.add("  …");
                }
            }
            String err = seen.errorOutput().strip();
            for (Observation.DiedThread d : seen.diedThreads()) {
                err = withoutTrace(err, d.thread()); // shown above, with the learner's lines
            }
            if (!err.isEmpty()) {
                all.add(text.get("grade.stderr"));
                err.lines().limit(20).forEach(l -> all.add("  " + l));
            }
            return new CheckResult.Failed(check.name(), check.failureMessage(), reason, List.copyOf(all), kind);
        }
    }
}

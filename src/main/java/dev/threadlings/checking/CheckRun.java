package dev.threadlings.checking;

import dev.threadlings.eval.SourceLines;
import dev.threadlings.eval.SourceMap;

import dev.threadlings.course.Check;
import dev.threadlings.course.HoldsExpectation;
import dev.threadlings.course.Snippet;
import dev.threadlings.eval.Outcome;
import dev.threadlings.eval.OutcomeText;
import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.SnippetSplitter;
import dev.threadlings.grade.Observation;
import dev.threadlings.text.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs one check's code in a shell that already holds the learner's file, and records what it saw. */
final class CheckRun {
    private CheckRun() {}

    /** {@code text}: the language of what the check's own trouble says (a check's code incomplete, the VM gone). */
    static Observation observe(CaptureShell shell, SourceMap sources, Check check, Duration timeout, Messages text) {
        shell.beginCapture();
        // a thread may die after the last check looked (a loop a check left running, a consumer still on its last
        // item): that death is still the learner's, and this check is the first to hear of it
        List<RemoteShell.DiedThread> died = new ArrayList<>(shell.shell().diedThreads());
        Optional<Observation.Trouble> trouble = Optional.empty();
        try (Watchdog dog = Watchdog.arm(shell, timeout)) {
            if (check.code().isPresent()) {
                trouble = run(shell, sources, check.code().get(), timeout, dog, text);
            }
            trouble = dog.machineBusy() ? busy(dog) : trouble; // the VM was killed: what it said is not a verdict
        }
        List<Observation.HoldsValue> holds = new ArrayList<>();
        List<String> expressions = trouble.isPresent() ? List.of() : check.expectations().stream()
                .flatMap(e -> e instanceof HoldsExpectation h ? h.expressions().stream() : Stream.of()).toList();
        for (int i = 0; i < expressions.size() && trouble.isEmpty(); i++) {
            try (Watchdog dog = Watchdog.arm(shell, timeout)) {
                holds.add(evaluate(shell, sources, expressions.get(i), timeout, dog, text));
                trouble = dog.machineBusy() ? busy(dog) : trouble;
            }
        }
        died.addAll(shell.shell().diedThreads());
        shell.endCapture();
        // a learner thread's stack trace names the learner's classes and lines, not JShell's wrappers
        return new Observation(sources.cleanStackText(shell.output()), sources.cleanStackText(shell.errorOutput()),
                trouble, holds).withDiedThreads(LearnerThreadDeaths.of(died, sources));
    }

    private static Optional<Observation.Trouble> run(CaptureShell shell, SourceMap sources, Snippet code,
                                                      Duration timeout, Watchdog dog, Messages words) {
        String text = code.code();
        for (SnippetSplitter.Piece piece : SnippetSplitter.split(shell.shell().analysis(), text)) {
            int line = code.line() + SourceLines.lineOf(text, piece.offset()) - 1;
            if (!piece.complete()) {
                return Optional.of(new Observation.Trouble.DoesNotFit(List.of(
                        words.get("checker.check-incomplete", "checks.md:" + line))));
            }
            Outcome o = shell.shell().evalOne(piece.source());
            sources.put(shell.shell().lastSnippetId(), "checks.md", line);
            Optional<Observation.Trouble> t = troubleOf(o, sources, timeout, dog, words);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<Observation.Trouble> troubleOf(Outcome o, SourceMap sources, Duration timeout,
                                                           Watchdog dog, Messages words) {
        return switch (o) {
            case Outcome.CompileError c -> Optional.of(new Observation.Trouble.DoesNotFit(
                    OutcomeText.compileError(c, "  ", words).stream().map(OutcomeText.Line::text).toList()));
            case Outcome.Thrown t -> {
                List<String> lines = new OutcomeText(sources::locate, words)
                        .failure(t.failure(), "").stream().skip(1) // the headline is in the reason already
                        .map(l -> l.text().replaceFirst("^\\|  ", "")).toList();
                yield Optional.of(new Observation.Trouble.Threw(t.failure().headline(), lines));
            }
            case Outcome.Stopped s -> Optional.of(new Observation.Trouble.TimedOut(timeout.toSeconds()));
            case Outcome.VmLost l -> Optional.of(dog.fired()
                    ? new Observation.Trouble.TimedOut(timeout.toSeconds())
                    : new Observation.Trouble.VmEnded(words.get("checker.vm-ended")));
            default -> Optional.empty();
        };
    }

    private static Optional<Observation.Trouble> busy(Watchdog dog) {
        return Optional.of(new Observation.Trouble.MachineBusy(dog.ranFor().toSeconds()));
    }

    private static Observation.HoldsValue evaluate(CaptureShell shell, SourceMap sources, String expr,
                                                   Duration timeout, Watchdog dog, Messages words) {
        Outcome o = shell.shell().evalOne("(" + expr + ")");
        if (o instanceof Outcome.Value v && ("true".equals(v.value()) || "false".equals(v.value()))) {
            return new Observation.HoldsValue(expr, Optional.of(Boolean.parseBoolean(v.value())), "");
        }
        String problem = switch (o) {
            case Outcome.Value v -> words.get("checker.holds.not-boolean", v.value());
            case Outcome.CompileError c -> String.join("\n", OutcomeText.compileError(c, "  ", words).stream()
                    .map(OutcomeText.Line::text).toList());
            case Outcome.Thrown t -> words.get("checker.holds.threw", t.failure().headline());
            default -> troubleOf(o, sources, timeout, dog, words).map(t -> switch (t) {
                case Observation.Trouble.TimedOut out -> words.get("grade.timeout", out.seconds());
                case Observation.Trouble.VmEnded end -> words.get("grade.vm-ended", end.reason());
                default -> t.toString();
            }).orElse(words.get("checker.holds.no-value"));
        };
        return new Observation.HoldsValue(expr, Optional.empty(), problem);
    }
}

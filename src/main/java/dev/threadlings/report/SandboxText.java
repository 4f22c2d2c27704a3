package dev.threadlings.report;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A sandbox report for people: the verdict, why, the failing interleaving, and how to replay it. */
public final class SandboxText {
    private SandboxText() {}

    /**
     * The report in lines of at most {@code width} columns (prose wrapped at words, keeping its indent; the trace
     * laid out to fit). {@code replayCommand}: the command that replays this schedule, without the schedule (may be
     * empty).
     */
    public static List<Styled> describe(SandboxReport r, int width, String replayCommand) {
        return describe(r, width, replayCommand, Messages.ENGLISH);
    }

    /** The report in {@code text}'s language. */
    public static List<Styled> describe(SandboxReport r, int width, String replayCommand, Messages text) {
        return describe(r, width, replayCommand.isEmpty() ? token -> Optional.empty()
                : token -> Optional.of(new Rerun(List.of((replayCommand + " --replay " + token).split(" ")),
                        List.of())), text);
    }

    /**
     * The report in {@code text}'s language; under a failing schedule, the commands {@code rerun} makes of its token
     * (replay it, step through it), laid out to be pasted.
     */
    public static List<Styled> describe(SandboxReport r, int width, Function<String, Optional<Rerun>> rerun,
                                        Messages text) {
        List<Styled> out = fitted(unwrapped(r, width, text), width);
        if (r.outcome().kind() == SandboxOutcome.Kind.FAILURE && !r.freeRun()) { // laid out already: never re-wrapped
            rerun.apply(r.replayArgument()).ifPresent(c -> out.addAll(c.lines(width, "  ", text)));
        }
        return out;
    }

    /** What {@link #describe} shows under its first line (the headline, which a check's verdict says itself). */
    public static List<Styled> body(SandboxReport r, int width, Messages text) {
        // every line under the headline starts two columns in, below the headline's mark; shown under a check's
        // reason (which says the headline), they move out by those two, so that the failure's details sit under
        // the reason as they sit under the headline, and the rest beside the check's own details
        List<Styled> all = unwrapped(r, width + 2, text);
        return fitted(all.subList(1, all.size()), width + 2).stream()
                .map(l -> l.text().startsWith("  ") ? new Styled(l.text().substring(2), l.look()) : l).toList();
    }

    private static List<Styled> fitted(List<Styled> lines, int width) {
        List<Styled> out = new ArrayList<>();
        for (Styled line : lines) {
            if (Columns.width(line.text()) <= width) {
                out.add(line);
            } else {
                TextWrap.lines(line.text(), width).forEach(l -> out.add(new Styled(l, line.look())));
            }
        }
        return out;
    }

    private static List<Styled> unwrapped(SandboxReport r, int width, Messages text) {
        List<Styled> out = new ArrayList<>();
        switch (r.outcome().kind()) {
            case NOTHING_FOUND -> {
                String found = text.get(r.freeRun() ? "sandbox.nothing.free" : "sandbox.nothing", coverage(r, text),
                        r.coverage().seconds());
                if (r.limits().isEmpty()) {
                    out.add(new Styled("✔ " + found, Styled.Look.GOOD));
                } else { // what was not checked must not read as clean
                    out.add(new Styled(text.get("sandbox.not-everything", found), Styled.Look.BAD));
                    r.limits().forEach(l -> out.add(new Styled("  " + FindingText.limit(l, text), Styled.Look.BAD)));
                }
                if (r.coverage().unmanaged() > 0) {
                    out.add(new Styled("  " + text.get("sandbox.unmanaged", r.coverage().unmanaged()), Styled.Look.DIM));
                }
            }
            case DOES_NOT_COMPILE -> {
                out.add(new Styled(text.get("sandbox.does-not-compile"), Styled.Look.BAD));
                details(r, text).forEach(d -> out.add(new Styled("  " + d, Styled.Look.CODE)));
            }
            case COULD_NOT_CHECK -> {
                out.add(new Styled("! " + headline(r, text), Styled.Look.BAD));
                details(r, text).forEach(d -> out.add(Styled.plain("  " + d)));
                if (r.outcome() == SandboxOutcome.NOT_MODELLED) {
                    out.add(new Styled("  " + text.get("sandbox.not-a-verdict"), Styled.Look.DIM));
                }
            }
            case FAILURE -> {
                out.add(new Styled("✘ " + headline(r, text), Styled.Look.BAD));
                details(r, text).forEach(d -> out.add(new Styled("    " + d, Styled.Look.CODE)));
                out.add(new Styled("  " + text.get(r.freeRun() ? "sandbox.found-in" : "sandbox.found-after",
                        coverage(r, text), r.coverage().seconds()), Styled.Look.DIM));
                r.limits().forEach(l -> out.add(new Styled("  " + text.get("sandbox.note", FindingText.limit(l, text)),
                        Styled.Look.DIM)));
                if (r.freeRun()) {
                    out.add(new Styled("  " + text.get("sandbox.free-run"), Styled.Look.DIM));
                    break;
                }
                boolean replayed = r.coverage().strategies().stream()
                        .anyMatch(s -> s instanceof dev.threadlings.sandbox.runtime.Searched.Replay);
                out.add(new Styled("  " + text.get(r.outcome() == SandboxOutcome.DATA_RACE ? "sandbox.race-schedule"
                        : replayed ? "sandbox.replayed" : "sandbox.shrunk"), Styled.Look.DIM));
                TraceTable.render(r, width - 2, text).forEach(l -> out.add(new Styled("  " + l, Styled.Look.CODE)));
            }
        }
        return out;
    }

    /**
     * What was found, in one line: the message, led by its failure class unless it names it already ("main threw
     * assertion failed: …", "data race on Worker.stop: …"); for an outcome that is not a verdict, why not ("could not
     * check this: LockSupport.park is not modelled").
     */
    public static String headline(SandboxReport r) {
        return headline(r, Messages.ENGLISH);
    }

    /**
     * The headline led by the failure class in {@code text}'s language; whether the message names the class already
     * is asked of the English words, so that both languages lead the same findings with their class.
     */
    public static String headline(SandboxReport r, Messages text) {
        return headline(r.outcome(), message(r), message(r, text), text);
    }

    /**
     * A finding's headline, the same in every view ({@code sandbox}, {@code check}, {@code step}): "main threw
     * assertion failed: lost an update" is not led by "assertion failed" a second time.
     */
    public static String headline(Finding f, Messages text) {
        return headline(SandboxOutcome.of(f.kind()), FindingText.message(f, Messages.ENGLISH),
                FindingText.message(f, text), text);
    }

    private static String headline(SandboxOutcome outcome, String english, String said, Messages text) {
        return english.contains(title(outcome)) ? said : text.get("sandbox.headline", title(outcome, text), said);
    }

    /** How much was explored, in English: "all 37 schedules with ≤ 2 preemptions", "1,000 schedules (PCT)". */
    public static String coverage(SandboxReport r) {
        return CoverageText.of(r.coverage(), Messages.ENGLISH);
    }

    /** How much was explored, in {@code text}'s language. */
    public static String coverage(SandboxReport r, Messages text) {
        return CoverageText.of(r.coverage(), text);
    }

    /** What was found, in one line, in English ("" when nothing was). */
    public static String message(SandboxReport r) {
        return message(r, Messages.ENGLISH);
    }

    /** What was found, in one line, in {@code text}'s language ("" when nothing was). */
    public static String message(SandboxReport r, Messages text) {
        return r.finding() == null ? "" : FindingText.message(r.finding(), text);
    }

    /** The lines that explain the finding, in English: the wait-for graph, the frames, the race's cause. */
    public static List<String> details(SandboxReport r) {
        return details(r, Messages.ENGLISH);
    }

    /** The lines that explain the finding, in {@code text}'s language. */
    public static List<String> details(SandboxReport r, Messages text) {
        return r.finding() == null ? List.of() : FindingText.details(r.finding(), text);
    }

    /** {@link #title(SandboxOutcome)} in {@code text}'s language. */
    public static String title(SandboxOutcome outcome, Messages text) {
        return text.get("sandbox.title." + outcome.id());
    }

    /** An outcome as a heading: "deadlock", "data race" … */
    public static String title(SandboxOutcome outcome) {
        return switch (outcome) {
            case ASSERTION -> "assertion failed";
            case EXCEPTION -> "uncaught exception";
            case LOST_WAKEUP -> "lost wake-up";
            case DATA_RACE -> "data race";
            case EXIT -> "System.exit called";
            case NOT_MODELLED -> "could not check this";
            case ERROR -> "the sandbox could not run this";
            case COMPILE_ERROR -> "the code does not compile";
            case NONE, DEADLOCK, HANG -> outcome.id();
        };
    }
}

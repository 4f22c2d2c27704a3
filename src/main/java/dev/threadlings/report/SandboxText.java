package dev.threadlings.report;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.sandbox.SandboxReport;
import java.util.ArrayList;
import java.util.List;

/** A sandbox report for people: the verdict, why, the failing interleaving, and how to replay it. */
public final class SandboxText {
    private SandboxText() {}

    /**
     * The report in lines of at most {@code width} columns (prose wrapped at words, keeping its indent; the trace
     * laid out to fit). {@code replayCommand}: the command that replays this schedule, without the schedule (may be
     * empty).
     */
    public static List<Styled> describe(SandboxReport r, int width, String replayCommand) {
        return fitted(unwrapped(r, width, replayCommand), width);
    }

    /** What {@link #describe} shows under its first line (the headline, which a check's verdict says itself). */
    public static List<Styled> body(SandboxReport r, int width) {
        List<Styled> all = unwrapped(r, width, "");
        return fitted(all.subList(1, all.size()), width);
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

    private static List<Styled> unwrapped(SandboxReport r, int width, String replayCommand) {
        List<Styled> out = new ArrayList<>();
        switch (r.outcome().kind()) {
            case NOTHING_FOUND -> {
                String found = (r.freeRun() ? "no data race and no failure in " : "no failure found in ")
                        + r.coverage().text() + String.format(" (%.1f s)", r.coverage().seconds());
                if (r.limits().isEmpty()) {
                    out.add(new Styled("✔ " + found, Styled.Look.GOOD));
                } else { // what was not checked must not read as clean
                    out.add(new Styled("? " + found + ", but not everything was checked:", Styled.Look.BAD));
                    r.limits().forEach(l -> out.add(new Styled("  " + l, Styled.Look.BAD)));
                }
                if (r.coverage().unmanaged() > 0) {
                    out.add(new Styled("  note: " + r.coverage().unmanaged() + " thread(s) ran outside the sandbox's control "
                            + "(thread pools and futures are not modelled yet), so their interleavings were not "
                            + "explored", Styled.Look.DIM));
                }
            }
            case DOES_NOT_COMPILE -> {
                out.add(new Styled("✘ the code does not compile", Styled.Look.BAD));
                r.details().forEach(d -> out.add(new Styled("  " + d, Styled.Look.CODE)));
            }
            case COULD_NOT_CHECK -> {
                out.add(new Styled("! " + headline(r), Styled.Look.BAD));
                r.details().forEach(d -> out.add(Styled.plain("  " + d)));
                if (r.outcome() == SandboxOutcome.NOT_MODELLED) {
                    out.add(new Styled("  This is neither a pass nor a failure: the sandbox cannot tell what the "
                            + "program does there.", Styled.Look.DIM));
                }
            }
            case FAILURE -> {
                out.add(new Styled("✘ " + headline(r), Styled.Look.BAD));
                r.details().forEach(d -> out.add(new Styled("    " + d, Styled.Look.CODE)));
                out.add(new Styled((r.freeRun() ? "  found in " : "  found after ") + r.coverage().text()
                        + String.format(" (%.1f s).", r.coverage().seconds()), Styled.Look.DIM));
                r.limits().forEach(l -> out.add(new Styled("  note: " + l, Styled.Look.DIM)));
                if (r.freeRun()) {
                    out.add(new Styled("  A free run controls no schedule, so it has no interleaving to show: explore "
                            + "the program (without --strategy free) to see one.", Styled.Look.DIM));
                    break;
                }
                out.add(new Styled(r.outcome() == SandboxOutcome.DATA_RACE
                        ? "  A schedule in which the race happens (▶ marks its two accesses; nothing need go wrong):"
                        : "  The interleaving, shrunk to its fewest thread switches:", Styled.Look.DIM));
                TraceTable.render(r, width - 2).forEach(l -> out.add(new Styled("  " + l, Styled.Look.CODE)));
                if (!replayCommand.isEmpty()) {
                    out.add(new Styled("  replay it: " + replayCommand + " --replay " + r.replayArgument(),
                            Styled.Look.DIM));
                }
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
        String title = title(r.outcome());
        return r.message().contains(title) ? r.message() : title + ": " + r.message();
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

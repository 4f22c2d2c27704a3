package dev.threadlings.step;

import dev.threadlings.report.FindingText;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the schedule has reached, in words: how the program ended (a failure with its explanation — a deadlock's
 * wait-for cycle, a lost wake-up, an assertion and where — or every thread finished), and the data races seen, each
 * with its two accesses.
 */
final class StepOutcome {
    private StepOutcome() {}

    /** Empty while the program runs and nothing raced. */
    static List<String> lines(StepView view) {
        List<String> out = new ArrayList<>();
        if (view.over()) {
            Finding f = view.ended();
            if (f == null) {
                out.add("✔ every thread finished: this schedule did not fail");
            } else {
                out.add("✘ " + headline(f) + ": " + FindingText.message(f, Messages.ENGLISH));
                FindingText.details(f, Messages.ENGLISH).forEach(d -> out.add("  " + d.strip()));
            }
        }
        view.races().forEach(r -> out.add("⚠ " + FindingText.race(r, Messages.ENGLISH)));
        if (view.diverged()) {
            out.add("! the program did not replay the same way, so the schedule stops where it differed");
        }
        return out;
    }

    private static String headline(Finding f) {
        return switch (f.kind()) {
            case DEADLOCK -> "deadlock";
            case LOST_WAKEUP -> "lost wake-up";
            case ASSERTION -> "assertion failed";
            case EXCEPTION -> "uncaught exception";
            case HANG -> "no end";
            case EXIT -> "System.exit";
            case DATA_RACE -> "data race";
            case STUCK -> "could not check";
            case ERROR -> "the sandbox failed";
            case COMPILE_ERROR -> "the code does not compile";
        };
    }
}

package dev.threadlings.step;

import dev.threadlings.report.FindingText;
import dev.threadlings.report.SandboxText;
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
    static List<String> lines(StepView view, Messages text) {
        List<String> out = new ArrayList<>();
        if (view.over()) {
            Finding f = view.ended();
            if (f == null) {
                out.add("✔ " + text.get("step.view.all-finished"));
            } else {
                out.add("✘ " + SandboxText.headline(f, text));
                FindingText.details(f, text).forEach(d -> out.add("  " + d.strip()));
            }
        }
        view.races().forEach(r -> out.add("⚠ " + FindingText.race(r, text)));
        if (view.diverged()) {
            out.add("! " + text.get("step.view.diverged"));
        }
        return out;
    }
}

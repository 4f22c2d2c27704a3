package dev.threadlings.step;

import org.jline.utils.AttributedStyle;

/** The step view's colours: a thread that can run stands out, a blocked one is dimmed, failures are red. */
final class StepStyles {
    static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle FAILURE = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    static final AttributedStyle WARNING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold();

    private StepStyles() {}

    static AttributedStyle heading(ThreadCard card) {
        return switch (card.status()) {
            case CAN_RUN -> AttributedStyle.DEFAULT.bold();
            case BLOCKED -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case FINISHED -> AttributedStyle.DEFAULT.faint();
        };
    }

    static AttributedStyle action(String text) {
        String t = text.strip();
        return t.startsWith(ThreadCard.FAILS.strip()) ? FAILURE : t.startsWith("⚠") ? WARNING : AttributedStyle.DEFAULT;
    }

    static AttributedStyle outcome(String line) {
        return line.startsWith("✘") ? FAILURE : line.startsWith("⚠") || line.startsWith("!") ? WARNING
                : line.startsWith("✔") ? GOOD : AttributedStyle.DEFAULT;
    }
}

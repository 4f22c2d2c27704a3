package dev.threadlings.step;

import dev.threadlings.sandbox.StepSession.StepException;
import dev.threadlings.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The step view on a terminal: full screen (the alternate screen, JLine's {@link Display} redrawing only what
 * changed, redrawn on resize) where the terminal can move its cursor; on a dumb terminal or a pipe, each screen
 * printed in full after the last, so a script can drive it. Keys are read raw, one at a time ({@link StepKeys}).
 */
public final class StepLoop {
    /** How long each step of a schedule that plays by itself stays on screen. */
    static final long PLAY_STEP = 500;

    private final Terminal terminal;
    private final String title;
    private final boolean color;
    private final Messages text;
    /** Puts the terminal back as it was (main screen, cooked mode), once; nothing before the view is up. */
    private volatile Runnable restore = () -> {};

    /** {@code text}: the language of the view's own sentences and of what the sandbox reports. */
    public StepLoop(Terminal terminal, String title, boolean color, Messages text) {
        this.terminal = terminal;
        this.title = title;
        this.color = color;
        this.text = text;
    }

    /** Runs until the learner leaves; the schedule as it was left, or the problem that stopped stepping. */
    public String run(SteppedSchedule schedule) throws StepException {
        return run(schedule, false);
    }

    /**
     * As {@link #run(SteppedSchedule)}; with {@code play}, the failing schedule first plays by itself, a step every
     * {@link #PLAY_STEP} ms ("show me"), until it ends or a key is pressed; then the keys are the learner's.
     */
    public String run(SteppedSchedule schedule, boolean play) throws StepException {
        boolean full = fullScreen();
        Attributes saved = terminal.enterRawMode();
        restore = once(() -> {
            if (full) {
                terminal.handle(Terminal.Signal.WINCH, Terminal.SignalHandler.SIG_DFL);
                terminal.puts(Capability.keypad_local);
                terminal.puts(Capability.exit_ca_mode);
            }
            terminal.setAttributes(saved);
            terminal.flush();
        });
        Display display = full ? new Display(terminal, true) : null;
        if (full) {
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
            terminal.puts(Capability.clear_screen); // the alternate screen keeps the cursor where it was: home it
            terminal.handle(Terminal.Signal.WINCH, s -> show(display, schedule, ""));
        }
        try {
            StepKeys keys = new StepKeys(terminal);
            String message = play && schedule.canAutoPlay() ? play(display, schedule, keys) : "";
            while (true) {
                show(display, schedule, message);
                StepKeys.Key key = keys.next();
                Optional<String> said = switch (key) {
                    case StepKeys.Key.Run r -> schedule.step(r.thread(), text);
                    case StepKeys.Key.Wake w -> schedule.wake(w.thread(), text);
                    case StepKeys.Key.Undo u -> schedule.undo() ? Optional.empty()
                            : Optional.of(text.get("step.view.nothing-to-undo"));
                    case StepKeys.Key.Auto a -> schedule.autoStep(text);
                    case StepKeys.Key.Restart r -> {
                        schedule.restart();
                        yield Optional.empty();
                    }
                    case StepKeys.Key.Quit q -> null;
                    case StepKeys.Key.Other _ -> Optional.of(text.get("step.view.keys-known", "a"));
                };
                if (said == null) {
                    return schedule.token();
                }
                message = said.orElse("");
            }
        } finally {
            leave();
        }
    }

    /** Plays the failing schedule a step at a time until it ends or a key stops it; what to say then. */
    private String play(Display display, SteppedSchedule schedule, StepKeys keys) throws StepException {
        while (true) {
            show(display, schedule, text.get("step.view.playing"));
            try {
                if (keys.pressedWithin(PLAY_STEP)) {
                    return text.get("step.view.play-stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return text.get("step.view.play-stopped");
            }
            if (schedule.autoStep(text).isPresent() || !schedule.playsOn()) {
                return ""; // the end of the failing schedule: the view says how it ended, and the keys are free
            }
        }
    }

    /**
     * Puts the terminal back as it was before the view (main screen, cooked mode); does nothing the second time.
     * Also for a command that must end while the view is up (a signal the stepped code sent), so that what it says
     * last is not written on the alternate screen and lost with it.
     */
    public void leave() {
        restore.run();
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    private boolean fullScreen() {
        return !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                && terminal.getStringCapability(Capability.cursor_address) != null;
    }

    private synchronized void show(Display display, SteppedSchedule schedule, String message) {
        Size size = terminal.getSize();
        int width = size.getColumns() <= 10 ? 80 : size.getColumns();
        List<AttributedString> lines = StepScreen.lines(title, schedule, message, width, text);
        if (display == null) {
            PrintWriter out = terminal.writer();
            for (AttributedString line : lines) {
                out.println(color ? line.toAnsi(terminal) : line.toString());
            }
            out.println("─".repeat(Math.min(width, 40)));
            out.flush();
            return;
        }
        int rows = Math.max(5, size.getRows());
        if (lines.size() > rows) { // the keys stay on screen; what does not fit above them is left out
            List<AttributedString> kept = new ArrayList<>(lines.subList(0, rows - 2));
            kept.addAll(lines.subList(lines.size() - 2, lines.size()));
            lines = kept;
        }
        display.resize(size.getRows(), size.getColumns());
        display.update(lines, -1);
        terminal.flush();
    }
}

package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/** /watch: re-check the current exercise every time its file is saved, until a key is pressed. */
public final class WatchCommand implements Command {
    private static final long POLL_MS = 250;

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String summary() {
        return "re-check the current exercise each time you save it; any key stops";
    }

    @Override
    public void run(Session session, String args) throws IOException {
        var chosen = ExerciseChoice.of(session, args, name());
        if (chosen.isEmpty()) {
            return;
        }
        Exercise e = chosen.get();
        Screen screen = session.screen();
        if (e.challenge()) { // nothing to edit and save: a challenge is solved in the step view
            screen.println(session.text("challenge.no-watch"), Screen.INFO);
            return;
        }
        Path file = session.work().ensure(e);
        screen.println(session.text("watch.watching", file), Screen.INFO);
        CheckFlow.run(session, e);
        Terminal terminal = screen.terminal();
        Attributes saved = terminal.enterRawMode();
        try {
            NonBlockingReader keys = terminal.reader();
            FileTime seen = modified(file);
            while (true) {
                int key = keys.read(POLL_MS);
                if (key != NonBlockingReader.READ_EXPIRED) {
                    break; // any key, or end of input
                }
                FileTime now = modified(file);
                if (!now.equals(seen)) {
                    seen = now;
                    Thread.sleep(100); // editors write in steps; let the save finish
                    screen.println(session.text("watch.changed", file.getFileName()), Screen.DIM);
                    if (CheckFlow.run(session, e).passed()) {
                        screen.println(session.text("watch.passed"), Screen.GOOD);
                        return;
                    }
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.setAttributes(saved);
        }
        screen.println(session.text("watch.stopped"), Screen.DIM);
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
    }
}

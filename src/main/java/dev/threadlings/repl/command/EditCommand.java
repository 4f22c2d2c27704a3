package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** /edit: open the current exercise's file in $VISUAL or $EDITOR. */
public final class EditCommand implements Command {
    @Override
    public String name() {
        return "edit";
    }

    @Override
    public String summary() {
        return "open the current exercise's file in $VISUAL / $EDITOR";
    }

    @Override
    public void run(Session session, String args) throws IOException, InterruptedException {
        var chosen = ExerciseChoice.of(session, args, name());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = session.work().ensure(chosen.get());
        Screen screen = session.screen();
        String editor = firstSet(System.getenv("VISUAL"), System.getenv("EDITOR"));
        if (editor == null) {
            screen.println(session.text("edit.no-editor", file), Screen.WARN);
            return;
        }
        List<String> command = new ArrayList<>(Arrays.asList(editor.trim().split("\\s+")));
        command.add(file.toString());
        var attrs = screen.terminal().getAttributes();
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                screen.println(session.text("edit.exit-status", command.getFirst(), exit), Screen.WARN);
            }
        } catch (IOException e) {
            screen.println(session.text("edit.could-not-start", command.getFirst(), e.getMessage()), Screen.ERROR);
        } finally {
            screen.terminal().setAttributes(attrs);
        }
        screen.println(session.text("edit.saved"), Screen.INFO);
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

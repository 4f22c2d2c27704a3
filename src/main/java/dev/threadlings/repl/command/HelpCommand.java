package dev.threadlings.repl.command;

import dev.threadlings.markdown.Columns;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Commands;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;

/** /help and /help command. */
public final class HelpCommand implements Command {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public String arguments() {
        return "[command]";
    }

    @Override
    public String summary() {
        return "list the commands, or explain one";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return Commands.ALL.stream().map(Command::name).toList();
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        String name = args.startsWith("/") ? args.substring(1) : args;
        if (!name.isEmpty()) {
            Commands.find(name).ifPresentOrElse(c -> {
                screen.println("/" + c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments()), Screen.BOLD);
                c.help().lines().forEach(l -> screen.println("  " + l));
            }, () -> screen.println(Commands.unknown(name), Screen.WARN));
            return;
        }
        screen.println(session.text("help.heading"), Screen.BOLD);
        for (Command c : Commands.ALL) {
            String usage = "/" + c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
            screen.println("  " + Columns.pad(usage, 22) + " " + summary(session, c));
        }
        screen.println(session.text("help.footer"), Screen.DIM);
    }

    /** A command's summary in the session's language: its bundle's {@code command.<name>.summary}, else the code's. */
    static String summary(Session session, Command c) {
        return session.messages().find("command." + c.name() + ".summary").orElse(c.summary());
    }
}

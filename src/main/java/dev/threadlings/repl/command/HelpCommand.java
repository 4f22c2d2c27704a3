package dev.threadlings.repl.command;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
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
                screen.println(usage(session, c), Screen.BOLD);
                String help = session.messages().find("command." + c.name() + ".help").orElse(summary(session, c));
                TextWrap.lines(help, screen.width() - 2).forEach(l -> screen.println("  " + l));
            }, () -> screen.println(Commands.unknown(name, session.messages()), Screen.WARN));
            return;
        }
        screen.println(session.text("help.heading"), Screen.BOLD);
        for (Command c : Commands.ALL) {
            // the summary wraps under itself: a Chinese one is twice as wide as its characters
            List<String> lines = TextWrap.lines(summary(session, c), Math.max(20, screen.width() - 25));
            screen.println("  " + Columns.pad(usage(session, c), 22) + " " + lines.getFirst());
            lines.stream().skip(1).forEach(l -> screen.println(" ".repeat(25) + l));
        }
        screen.println(session.text("help.footer"), Screen.DIM);
    }

    /** How a command is typed, its arguments named in the session's language where the bundle names them. */
    private static String usage(Session session, Command c) {
        String arguments = session.messages().find("command." + c.name() + ".arguments").orElse(c.arguments());
        return "/" + c.name() + (arguments.isEmpty() ? "" : " " + arguments);
    }

    /** A command's summary in the session's language: its bundle's {@code command.<name>.summary}, else the code's. */
    static String summary(Session session, Command c) {
        return session.messages().find("command." + c.name() + ".summary").orElse(c.summary());
    }
}

package dev.threadlings.repl.command;

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
        screen.println("Type Java to run it in JShell, or a command:", Screen.BOLD);
        for (Command c : Commands.ALL) {
            String usage = "/" + c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
            screen.println(String.format("  %-22s %s", usage, c.summary()));
        }
        screen.println("TAB completes commands, ids and Java (TAB twice shows documentation). Ctrl-C stops a "
                + "running snippet; Ctrl-R searches history; Ctrl-D or /exit leaves.", Screen.DIM);
    }
}

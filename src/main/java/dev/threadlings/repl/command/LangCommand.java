package dev.threadlings.repl.command;

import dev.threadlings.course.CourseProblem;
import dev.threadlings.course.Language;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.Arrays;
import java.util.List;

/** /lang zh|en: the course and the console in another language; progress and files are the same in all. */
public final class LangCommand implements Command {
    @Override
    public String name() {
        return "lang";
    }

    @Override
    public String arguments() {
        return "zh|en";
    }

    @Override
    public String summary() {
        return "switch language: zh (简体中文) or en (English)";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return Arrays.stream(Language.values()).map(Language::tag).toList();
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        if (args.isBlank()) {
            screen.println(session.text("lang.usage"), Screen.INFO);
            return;
        }
        var chosen = Language.ofTag(args);
        if (chosen.isEmpty()) {
            screen.println(session.text("lang.unknown", args.strip()), Screen.WARN);
            return;
        }
        List<CourseProblem> problems = session.useLanguage(chosen.get());
        screen.println(session.text("lang.now"), Screen.INFO);
        if (!problems.isEmpty()) {
            screen.println(session.text("lang.problems", problems.size()), Screen.WARN);
            problems.forEach(p -> screen.println("  " + p, Screen.WARN));
        }
    }
}

package dev.threadlings.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario for a whole program: a JShell script ({@code .jsh}) runs its statements in order; a Java source file
 * runs its {@code main} method (a top-level class's, or a compact source file's {@code void main()}).
 */
public final class ProgramScenario {
    private static final Pattern CLASS = Pattern.compile("\\b(?:class|record|enum|interface)\\s+(\\w+)");
    private static final Pattern MAIN = Pattern.compile("\\bstatic\\s+void\\s+main\\s*\\(([^)]*)\\)");
    private static final Pattern INSTANCE_MAIN = Pattern.compile("(?m)^\\s*(?:public\\s+)?void\\s+main\\s*\\(([^)]*)\\)");

    private ProgramScenario() {}

    public static Scenario of(String fileName, String text) {
        List<Scenario.Part> parts = new ArrayList<>();
        parts.add(new Scenario.Part(fileName, text, 1));
        if (!fileName.endsWith(".jsh")) {
            parts.add(new Scenario.Part("(main)", mainCall(text), 1));
        }
        return new Scenario(parts);
    }

    private static int depthAt(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** The statement that runs the program's main method. */
    static String mainCall(String text) {
        Matcher main = MAIN.matcher(text);
        if (main.find()) {
            String owner = null;
            Matcher cls = CLASS.matcher(text);
            while (cls.find() && cls.start() < main.start()) {
                if (depthAt(text, cls.start()) == 0) {
                    owner = cls.group(1); // the top-level class around main, not a nested one before it
                }
            }
            String args = main.group(1).isBlank() ? "" : "new String[0]";
            return (owner == null ? "" : owner + ".") + "main(" + args + ");";
        }
        Matcher instance = INSTANCE_MAIN.matcher(text);
        if (instance.find()) {
            return "main(" + (instance.group(1).isBlank() ? "" : "new String[0]") + ");";
        }
        return ";"; // no main: only the declarations are checked
    }
}

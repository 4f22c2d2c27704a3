package dev.threadlings.repl;

/** What a line of console input is: a {@code /command}, or Java (which may start with a comment). */
final class Input {
    private Input() {}

    /** A command starts with {@code /}; {@code //} and {@code /*} start Java comments, not commands. */
    static boolean isCommand(String line) {
        String s = line.stripLeading();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }
}

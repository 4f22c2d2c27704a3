package dev.threadlings.app;

import picocli.CommandLine;

/** Entry point: {@code threadlings} opens the console; {@code threadlings list|check|…} are for scripts and CI. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = new CommandLine(new RootCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        System.exit(code);
    }
}

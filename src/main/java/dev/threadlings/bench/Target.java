package dev.threadlings.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A REPL to measure: how to start it and what its prompt looks like.
 *
 * @param name    the column heading ("threadlings", "jshell")
 * @param command the command line, run with stdin and stdout as pipes
 * @param dir     the working folder
 * @param env     added to the inherited environment (a fresh state folder, say)
 * @param prompt  the prompt text, without escapes; its appearance on stdout ends a launch measurement
 */
public record Target(String name, List<String> command, Path dir, Map<String, String> env, String prompt) {
    public Target {
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }
}

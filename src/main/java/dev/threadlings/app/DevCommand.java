package dev.threadlings.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code threadlings dev}: tools for course authors, one subcommand each. */
@Command(name = "dev", mixinStandardHelpOptions = true, description = "Tools for course authors.",
        subcommands = {MutantsCommand.class})
final class DevCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}

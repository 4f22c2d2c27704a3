package dev.threadlings.app;

import dev.threadlings.course.Language;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own words in the reader's language: {@code --help} of every command from the {@code help_<tag>} bundle
 * (picocli's resource bundles; English stays the annotations' text), and a command line picocli cannot read
 * refused in the bundles' words. The language is known only once {@code --lang} is read, so the bundle is set
 * when a parsed command line runs, or when a refused one is answered.
 */
final class HelpLanguage {
    private static final String BUNDLE = "dev.threadlings.app.help";

    private HelpLanguage() {}

    /** picocli's execution strategy, with the help in the chosen language. */
    static int execute(ParseResult parsed) {
        speak(parsed.commandSpec().root().commandLine());
        return new CommandLine.RunLast().execute(parsed);
    }

    /** picocli's answer to a command line it cannot read: what is wrong, in the language, then the usage. */
    static int refuse(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        RootCommand root = speak(command.getCommandSpec().root().commandLine());
        var text = root.messages();
        String why = switch (e) {
            case UnmatchedArgumentException u -> text.get("cli.unknown-argument", String.join(" ", u.getUnmatched()));
            case MissingParameterException m -> text.get("cli.missing-argument", m.getMissing().stream()
                    .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName()
                            : a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse(""));
            default -> text.get("cli.bad-argument", e.getMessage());
        };
        command.getErr().println(why);
        command.usage(command.getErr());
        return 2;
    }

    private static RootCommand speak(CommandLine rootLine) {
        RootCommand root = rootLine.getCommand();
        Language language = root.language();
        if (!language.isOriginal()) {
            rootLine.setResourceBundle(ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        return root;
    }
}

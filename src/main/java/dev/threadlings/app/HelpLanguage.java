package dev.threadlings.app;

import dev.threadlings.course.Language;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
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
                    .map(HelpLanguage::name).reduce((a, b) -> a + ", " + b).orElse(""));
            case OverwrittenOptionException o -> text.get("cli.option-twice", name(o.getOverwritten()));
            case MutuallyExclusiveArgsException x -> text.get("cli.exclusive", command.getCommandSpec().argGroups()
                    .stream().filter(g -> g.exclusive()).flatMap(g -> g.args().stream()).map(HelpLanguage::name)
                    .reduce((a, b) -> a + ", " + b).orElse(""));
            // a value picocli could not convert ('abc' for --jobs): said from its type, not picocli's English
            default -> e.getArgSpec() != null && e.getValue() != null
                    ? text.get("cli.bad-value", name(e.getArgSpec()), e.getValue(), expected(e.getArgSpec().type()))
                    : text.get("cli.bad-argument", e.getMessage());
        };
        command.getErr().println(why);
        command.usage(command.getErr());
        return 2;
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
    }

    // what a value of the type looks like, as a choice the bundles know: 0 a whole number, 1 true/false, 2 a
    // language, 3 anything else
    private static int expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return 0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return 1;
        }
        return type == Language.class ? 2 : 3;
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

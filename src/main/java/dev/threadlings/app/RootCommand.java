package dev.threadlings.app;

import dev.threadlings.course.Language;
import dev.threadlings.progress.ProgressStore;
import dev.threadlings.text.Messages;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code threadlings} with no subcommand: the interactive console. */
@Command(name = "threadlings", mixinStandardHelpOptions = true, version = "threadlings 0.1.0",
        description = "A terminal course in Java concurrency. With no command, opens the console.",
        subcommands = {ListCommand.class, CheckCliCommand.class, SandboxCliCommand.class, StepCliCommand.class,
                BenchCommand.class, SandboxBenchCommand.class, DevCommand.class, BundleCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a check failed", "2:could not run (bad input, no JDK, broken course)"})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--course", scope = ScopeType.INHERIT, description = "the course folder (holds lessons/ and exercises/)")
    Path course;

    @Option(names = "--work", scope = ScopeType.INHERIT, description = "where your exercise files live (default: work/ in the course)")
    Path work;

    @Option(names = "--state", scope = ScopeType.INHERIT, description = "the folder for progress and history (default: $THREADLINGS_STATE, "
            + "else $XDG_STATE_HOME/threadlings, else ~/.local/state/threadlings)")
    Path state;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", converter = LanguageConverter.class,
            description = "the language of the course and the console (default: from LC_ALL / LANG, else en)")
    Language lang;

    /** The process's environment; a test passes its own ({@link Main#commandLine(Map)}). */
    private final Map<String, String> environment;

    RootCommand() {
        this(System.getenv());
    }

    RootCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The language chosen by --lang, else by the locale's environment variables: for every command alike. */
    Language language() {
        return LanguageChoice.of(java.util.Optional.ofNullable(lang), environment);
    }

    /** The strings a learner reads, in {@link #language()}. */
    Messages messages() {
        return new Messages(language().locale());
    }

    /** picocli's converter for {@code --lang}: a tag we have, or a message listing them. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofTag(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "no language '" + value + "': use zh or en"));
        }
    }

    @Option(names = "--no-color", description = "plain text, no colours (also: NO_COLOR=1)")
    boolean noColor;

    /** The progress file: in --state if given, else where {@link ProgressStore#defaultFile()} says. */
    Path progressFile() {
        return state != null ? state.resolve("progress.properties") : ProgressStore.defaultFile();
    }

    @Override
    public Integer call() {
        return ConsoleApp.run(this);
    }
}

package dev.threadlings.app;

import dev.threadlings.course.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The language the console starts in: {@code --lang} if given, else the POSIX locale ({@code LC_ALL}, then
 * {@code LC_MESSAGES}, then {@code LANG}: the first one set decides, as for any program, so {@code LC_ALL=C}
 * means English whatever {@code LANG} says), else English.
 */
final class LanguageChoice {
    private static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private LanguageChoice() {}

    static Language of(Optional<Language> flag, Map<String, String> environment) {
        if (flag.isPresent()) {
            return flag.get();
        }
        for (String variable : LOCALE_VARIABLES) {
            String value = environment.getOrDefault(variable, "");
            if (!value.isBlank()) {
                return Language.ofPosixLocale(value).orElse(Language.EN);
            }
        }
        return Language.EN;
    }
}

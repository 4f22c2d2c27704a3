package dev.threadlings.app;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal's character set as the POSIX locale names it ({@code zh_CN.UTF-8} → UTF-8): the codeset of the
 * first of {@code LC_ALL}, {@code LC_CTYPE}, {@code LANG} that is set. The JVM derives its own from the C library,
 * which falls back to ASCII when that locale is not installed on the machine — and then every Chinese character
 * reached the terminal as "?", although the terminal itself reads UTF-8 as the variable says.
 */
final class TerminalEncoding {
    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_CTYPE", "LANG");

    private TerminalEncoding() {}

    /** The charset the locale variables name, if they name one Java knows; empty leaves JLine's own choice. */
    static Optional<Charset> of(Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.getOrDefault(variable, "");
            if (value.isBlank()) {
                continue;
            }
            int dot = value.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            String codeset = value.substring(dot + 1).split("@", 2)[0];
            try {
                return codeset.equalsIgnoreCase("utf8") ? Optional.of(java.nio.charset.StandardCharsets.UTF_8)
                        : Charset.isSupported(codeset) ? Optional.of(Charset.forName(codeset)) : Optional.empty();
            } catch (IllegalCharsetNameException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

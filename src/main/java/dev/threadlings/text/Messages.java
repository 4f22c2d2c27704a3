package dev.threadlings.text;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The strings a learner reads, in one language: {@code messages.properties} (English) and {@code messages_zh.properties}
 * (简体中文) beside this class, the way the JDK's jshell keeps its own. A key is a {@link MessageFormat} pattern.
 *
 * <p>Bundles are looked up without the JDK's fallback to the default locale: English on a machine whose default is
 * Chinese is still English. A key a translation lacks falls back to the English text ({@code MessagesTest} keeps the
 * bundles complete).
 */
public final class Messages {

    private static final String BUNDLE = "dev.threadlings.text.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** English, the language everything is written in first. */
    public static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key} with {@code args} filled in ({@code {0}}, {@code {1,number,#}} …). Every value is a
     * MessageFormat pattern, with or without arguments, so an apostrophe is always written {@code ''}.
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key); // a missing key is our bug: the test of the bundles finds it first
        return format(pattern, args);
    }

    /**
     * A count that arrives as text (the sandbox's phrases travel as strings) is given to a {@code number} or
     * {@code choice} argument as a number, so a pattern can say "1 permit" and "2 permits".
     */
    private String format(String pattern, Object[] args) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] given = args;
        for (int i = 0; i < Math.min(formats.length, args.length); i++) {
            if (formats[i] instanceof NumberFormat && args[i] instanceof String s && s.matches("-?\\d{1,18}")) {
                given = given == args ? args.clone() : given;
                given[i] = Long.parseLong(s);
            }
        }
        return format.format(given);
    }

    /** The text of {@code key} if this language's bundle (or English) has it. */
    public Optional<String> find(String key, Object... args) {
        try {
            return Optional.of(format(bundle.getString(key), args));
        } catch (MissingResourceException absent) {
            return Optional.empty();
        }
    }
}

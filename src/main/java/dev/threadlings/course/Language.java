package dev.threadlings.course;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the course can be read in. English is the original; another language's files sit beside the English
 * ones in a folder named by its tag ({@code lessons/zh/}, {@code exercises/<id>/zh/}) and fall back to English per
 * file.
 */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The tag: {@code --lang}'s value and the translation folder's name. */
    public String tag() {
        return tag;
    }

    /** The locale of this language's resource bundles. */
    public Locale locale() {
        return locale;
    }

    /** Whether this is the language the course is written in (no translation folder). */
    public boolean isOriginal() {
        return this == EN;
    }

    /** A tag as {@code --lang} takes it ({@code zh}, {@code EN}). */
    public static Optional<Language> ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a POSIX locale names ({@code zh_CN.UTF-8}, {@code en_US}, {@code C}): its language part, before
     * any {@code _}, {@code .} or {@code @}; empty for one we do not have.
     */
    public static Optional<Language> ofPosixLocale(String value) {
        String language = value.strip().split("[_.@-]", 2)[0];
        return language.isEmpty() ? Optional.empty() : ofTag(language);
    }
}

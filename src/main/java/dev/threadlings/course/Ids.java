package dev.threadlings.course;

import java.util.regex.Pattern;

/**
 * What a lesson or exercise id may look like: lowercase letters, digits and dashes, starting with a letter. Ids
 * name folders and commands, and a leading letter keeps them apart from lesson numbers ({@code /lesson 2}).
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public static final String RULE = "lowercase letters, digits and dashes, starting with a letter";

    private Ids() {
    }

    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }
}

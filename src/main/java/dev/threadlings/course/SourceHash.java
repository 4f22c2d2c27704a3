package dev.threadlings.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash a translation records of the English text it was translated from ({@code translated-from:} in its front
 * matter): the first 12 hex digits of the SHA-256 of the English file, line breaks normalized, so a checkout's line
 * endings do not count as a change.
 */
public final class SourceHash {

    private static final int DIGITS = 12;

    private SourceHash() {
    }

    public static String of(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

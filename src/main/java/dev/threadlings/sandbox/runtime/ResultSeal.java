package dev.threadlings.sandbox.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates what the explorer VM reports. Learner code runs in that VM and can write any file the VM can
 * (the job folder's {@code result.txt} included) and then halt it; it cannot compute this seal, an HMAC under a key
 * the host made for this one run and handed over on standard input, which the explorer reads before any learner
 * class is defined and keeps only in a local variable of its main method (no field, property, argument or
 * environment variable holds it). A report without a valid seal did not come from the explorer.
 */
public final class ResultSeal {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "seal\t";

    private ResultSeal() {}

    /** A fresh key for one run. */
    public static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /**
     * {@code text} followed by a last line that seals it, for {@code purpose}, under {@code key}; a text sealed for
     * one purpose (the start marker) does not open for another (the result).
     */
    public static String seal(byte[] key, String purpose, String text) {
        return text + PREFIX + mac(key, purpose, text) + "\n";
    }

    /** The text {@code sealed} carries when its last line seals it for {@code purpose} under {@code key}. */
    public static Optional<String> open(byte[] key, String purpose, String sealed) {
        int at = sealed.lastIndexOf(PREFIX);
        if (at < 0 || at > 0 && sealed.charAt(at - 1) != '\n') {
            return Optional.empty();
        }
        String text = sealed.substring(0, at);
        byte[] expected = mac(key, purpose, text).getBytes(StandardCharsets.US_ASCII);
        byte[] given = sealed.substring(at + PREFIX.length()).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(text) : Optional.empty();
    }

    private static String mac(byte[] key, String purpose, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal((purpose + "\0" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }
}

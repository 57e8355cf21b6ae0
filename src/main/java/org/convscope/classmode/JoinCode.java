package org.convscope.classmode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The four digits on the projector that a drawing must carry: only those in the room can send. A new code
 * each time class mode starts, from a {@link SecureRandom}; compared in constant time, so the reply's timing
 * tells nothing about how many digits were right.
 */
public final class JoinCode {
    private final byte[] digits;

    private JoinCode(String code) {
        this.digits = code.getBytes(StandardCharsets.US_ASCII);
    }

    /** A fresh random code, 0000–9999. */
    public static JoinCode random(SecureRandom random) {
        return new JoinCode(String.format(Locale.ROOT, "%04d", random.nextInt(10_000)));
    }

    /** Whether {@code candidate} is this code; null or any other length is not. */
    public boolean matches(String candidate) {
        if (candidate == null) return false;
        return MessageDigest.isEqual(digits, candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The four digits, for the projector. */
    @Override
    public String toString() {
        return new String(digits, StandardCharsets.US_ASCII);
    }
}

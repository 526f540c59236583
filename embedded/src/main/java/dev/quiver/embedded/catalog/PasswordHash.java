package dev.quiver.embedded.catalog;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash: the only form in which the engine keeps or persists a password.
 * Immutable; {@link #toString()} shows no key material.
 *
 * @param iterations the PBKDF2 iteration count the hash was made with
 * @param salt       the random salt
 * @param hash       the derived key
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    /** The algorithm name, as persisted. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * The cost of new hashes: about Milvus's bcrypt cost 10 on a small machine. It is paid once per new password
     * and once per user and process at login (later logins hit the server's verification cache); persisted hashes
     * keep the count they were made with.
     */
    static final int DEFAULT_ITERATIONS = 60_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEXT_PREFIX = "$pbkdf2-sha256$";

    public PasswordHash {
        if (iterations <= 0) {
            throw new IllegalArgumentException("PBKDF2 iterations must be positive, got " + iterations);
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** A new hash of {@code password} with a fresh random salt. */
    public static PasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
    }

    /**
     * This hash as one line of text, {@code $pbkdf2-sha256$<iterations>$<salt>$<key>} (salt and key in base64
     * without padding): what BackupRBAC puts in a user's {@code password} field, where Milvus puts its bcrypt hash.
     */
    public String toText() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return TEXT_PREFIX + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** The hash {@link #toText()} wrote, or empty when {@code text} is not one. */
    public static Optional<PasswordHash> fromText(String text) {
        if (!text.startsWith(TEXT_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(TEXT_PREFIX.length()).split("\\$", -1);
        if (parts.length != 3 || !parts[0].matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] key = Base64.getDecoder().decode(parts[2]);
            if (salt.length == 0 || key.length != KEY_BITS / 8) {
                return Optional.empty();
            }
            return Optional.of(new PasswordHash(Integer.parseInt(parts[0]), salt, key));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Whether {@code password} is the one hashed (constant-time comparison). */
    public boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations && Arrays.equals(salt, that.salt)
                && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PasswordHash[" + ALGORITHM + ", " + iterations + " iterations]";
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}

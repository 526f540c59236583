package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.error.MilvusError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The engine's users and passwords, held in memory only (salted SHA-256), with Milvus's rules for names and
 * passwords. The administrator given at start cannot be deleted. Thread-safe.
 */
public final class Credentials {
    static final int MAX_USERNAME_LENGTH = 32;
    static final int MIN_PASSWORD_LENGTH = 6;
    static final int MAX_PASSWORD_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Hashed> users = new ConcurrentHashMap<>();
    private final @Nullable String administrator;

    private record Hashed(byte[] salt, byte[] hash) {
    }

    /** A store holding only {@code administrator} (when not null) with {@code password}. */
    public Credentials(@Nullable String administrator, @Nullable String password) {
        this.administrator = administrator;
        if (administrator != null) {
            users.put(administrator, hash(password == null ? "" : password));
        }
    }

    /** An empty store. */
    public static Credentials none() {
        return new Credentials(null, null);
    }

    /** Whether {@code user} exists and {@code password} is theirs. */
    public boolean verify(String user, String password) {
        Hashed stored = users.get(user);
        return stored != null && MessageDigest.isEqual(stored.hash(), digest(stored.salt(), password));
    }

    void create(String user, String password) {
        checkUsername(user);
        checkPassword(password);
        if (users.putIfAbsent(user, hash(password)) != null) {
            throw MilvusError.UNEXPECTED.withReason("user already exists: " + user);
        }
    }

    void update(String user, String oldPassword, String newPassword) {
        checkPassword(newPassword);
        if (!verify(user, oldPassword)) {
            throw MilvusError.NOT_AUTHENTICATED.because("old password not correct for " + user);
        }
        users.put(user, hash(newPassword));
    }

    void delete(String user) {
        if (user.equals(administrator)) {
            throw MilvusError.UNEXPECTED.withReason("user " + user + " cannot be deleted");
        }
        users.remove(user);
    }

    List<String> users() {
        return users.keySet().stream().sorted().toList();
    }

    private static void checkUsername(String user) {
        if (user.isEmpty()) {
            throw invalid("username should not be empty");
        }
        if (user.length() > MAX_USERNAME_LENGTH) {
            throw invalid("invalid username " + user + " with length " + user.length()
                    + ", the length of username must be less than " + MAX_USERNAME_LENGTH);
        }
        char first = user.charAt(0);
        if (!Character.isLetter(first) || first > 127) {
            throw invalid("invalid user name " + user + ", the first character must be a letter, but got " + first);
        }
        for (char c : user.toCharArray()) {
            if (c > 127 || !(Character.isLetterOrDigit(c) || c == '_')) {
                throw invalid("invalid user name " + user
                        + ". Username should only contain numbers, letters, and underscores, but got " + c);
            }
        }
    }

    private static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw invalid("invalid password length: the length of password must be between " + MIN_PASSWORD_LENGTH
                    + " and " + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    private static EngineException invalid(String message) {
        return MilvusError.PARAMETER_INVALID.because(message);
    }

    private static Hashed hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Hashed(salt, digest(salt, password));
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

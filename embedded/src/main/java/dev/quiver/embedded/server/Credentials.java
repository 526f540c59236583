package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.PasswordHash;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The engine's users: kept in the catalog as salted PBKDF2 hashes (persisted with it in file mode, so every change
 * is durable before the call returns), checked with Milvus's rules for names and passwords. The administrator
 * given at start cannot be deleted. A successful login is remembered in memory as a salted SHA-256 digest, as
 * Milvus's proxy caches credentials, so only a user's first login per process (or a wrong password) pays for
 * PBKDF2. Thread-safe.
 */
public final class Credentials {
    static final int MAX_USERNAME_LENGTH = 32;
    static final int MIN_PASSWORD_LENGTH = 6;
    static final int MAX_PASSWORD_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Catalog catalog;
    private final @Nullable String administrator;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A password that matched {@code stored}, as a salted SHA-256 digest (memory only). */
    private record Verified(PasswordHash stored, byte[] salt, byte[] digest) {
    }

    private Credentials(Catalog catalog, @Nullable String administrator) {
        this.catalog = catalog;
        this.administrator = administrator;
    }

    /**
     * The users of {@code catalog}. When {@code administrator} is not null and does not exist yet it is created
     * with {@code password}; an existing administrator keeps the password it has (like Milvus's
     * {@code defaultRootPassword}, which only seeds the root user).
     */
    public static Credentials open(Catalog catalog, @Nullable String administrator, @Nullable String password) {
        if (administrator != null && catalog.access().password(administrator).isEmpty()) {
            PasswordHash hash = PasswordHash.of(password == null ? "" : password);
            catalog.modifyAccess(access -> access.password(administrator).isPresent() ? access
                    : access.withUser(administrator, hash));
        }
        return new Credentials(catalog, administrator);
    }

    /** The users of {@code catalog}, with no protected administrator. */
    public static Credentials of(Catalog catalog) {
        return new Credentials(catalog, null);
    }

    /** Whether {@code user} exists and {@code password} is theirs. */
    public boolean verify(String user, String password) {
        PasswordHash stored = catalog.access().password(user).orElse(null);
        if (stored == null) {
            return false;
        }
        Verified known = verified.get(user);
        if (known != null && known.stored() == stored
                && MessageDigest.isEqual(known.digest(), digest(known.salt(), password))) {
            return true;
        }
        if (!stored.matches(password)) {
            return false;
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        verified.put(user, new Verified(stored, salt, digest(salt, password)));
        return true;
    }

    void create(String user, String password) {
        checkUsername(user);
        checkPassword(password);
        PasswordHash hash = PasswordHash.of(password);
        catalog.modifyAccess(access -> {
            if (access.password(user).isPresent()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "user already exists: " + user);
            }
            return access.withUser(user, hash);
        });
    }

    void update(String user, String oldPassword, String newPassword) {
        checkPassword(newPassword);
        PasswordHash old = catalog.access().password(user).orElse(null);
        if (old == null || !old.matches(oldPassword)) {
            throw oldPasswordNotCorrect(user);
        }
        PasswordHash hash = PasswordHash.of(newPassword);
        catalog.modifyAccess(access -> {
            if (access.password(user).orElse(null) != old) {
                throw oldPasswordNotCorrect(user);
            }
            return access.withUser(user, hash);
        });
        verified.remove(user);
    }

    /** Deletes {@code user} and their role memberships; deleting an unknown user changes nothing. */
    void delete(String user) {
        if (user.equals(administrator)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "user " + user + " cannot be deleted");
        }
        catalog.modifyAccess(access -> access.withoutUser(user));
        verified.remove(user);
    }

    List<String> users() {
        return List.copyOf(catalog.access().users().keySet());
    }

    private static EngineException oldPasswordNotCorrect(String user) {
        return EngineException.because(MilvusError.NOT_AUTHENTICATED, "old password not correct for " + user);
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
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
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

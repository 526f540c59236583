package dev.quiver.console.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The JLine history, kept in a file only its owner can read (mode 0600), without the lines that may contain
 * secrets ({@code CREATE USER u PASSWORD '...'}, {@code \connect ...?token=...}): those are never added, so they
 * are neither recalled nor written.
 */
final class RedactingHistory extends DefaultHistory {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public void add(Instant time, String line) {
        if (!Secrets.mayContainSecret(line)) {
            super.add(time, line);
        }
    }

    /** Creates the history file, readable by its owner only, before anything is written to it. */
    static void prepare(Path file) throws IOException {
        if (Files.notExists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
        }
        restrict(file);
    }

    static void restrict(Path file) throws IOException {
        try {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user profile directory is private already.
            return;
        }
    }
}

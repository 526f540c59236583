package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;

/** File-system steps shared by the stores: full reads and writes, directory fsync, atomic replacement. */
final class FileIo {
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    /** Writes one step of an atomic replacement into the open temp file. */
    @FunctionalInterface
    interface Writer {
        void writeTo(FileChannel channel) throws IOException;
    }

    private FileIo() {
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position, Path file) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file " + file + " at offset " + at);
            }
            at += n;
        }
    }

    /**
     * Forces a directory's entries (created, renamed, deleted files) to disk. Windows cannot open a directory as a
     * channel and orders its metadata itself, so there it is a no-op.
     */
    static void forceDirectory(Path directory) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (ClosedByInterruptException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot fsync directory " + directory + ": " + e, e);
        }
    }

    /**
     * Replaces {@code target} with the bytes written by {@code writer}: temp file, write, force, atomic rename, force
     * the directory. Readers see either the old file or the new one, never a mix; the temp file is removed on failure.
     */
    static void replaceAtomically(Path target, Path temp, Writer writer) throws IOException {
        replaceAtomically(target, temp, writer, "file");
    }

    /**
     * As {@link #replaceAtomically(Path, Path, Writer)}, passing the crash points {@code <kind>-temp-written} and
     * {@code <kind>-renamed} (see {@link CrashPoint}).
     */
    static void replaceAtomically(Path target, Path temp, Writer writer, String kind) throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.writeTo(channel);
                channel.force(true);
            } catch (IOException e) {
                throw new IOException("cannot write temp file " + temp + " for " + target + ": " + e, e);
            }
            CrashPoint.reach(kind + "-temp-written");
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename " + temp + " to " + target + " atomically: " + e, e);
            } catch (IOException e) {
                throw new IOException("cannot rename " + temp + " to " + target + ": " + e, e);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        CrashPoint.reach(kind + "-renamed");
        // A bare file name has no parent; its absolute form always has one.
        forceDirectory(Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file has a directory"));
    }

    /** Deletes the leftovers of interrupted atomic replacements (files ending in {@code suffix}). */
    static void deleteLeftovers(Path directory, String suffix) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + suffix)) {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new IOException("cannot delete leftover temp file " + file + ": " + e, e);
                }
            }
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains(directory.toString())
                    ? e : new IOException("cannot list directory " + directory + ": " + e, e);
        }
    }

    static void createDirectories(Path directory) throws IOException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IOException("cannot create directory " + directory + ": " + e, e);
        }
    }
}

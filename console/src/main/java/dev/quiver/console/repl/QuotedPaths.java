package dev.quiver.console.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File paths inside a quoted string, for COPY's {@code FROM '...'} and {@code TO '...'}: the entries of the
 * directory typed so far whose names start with the rest, relative to the working directory unless the path is
 * absolute. A directory is offered with a trailing slash and leaves the string open; a file closes the quote.
 */
final class QuotedPaths {
    /** At most this many entries are offered, to keep Tab fast in a large directory. */
    static final int MAX_ENTRIES = 500;

    /** A candidate: the text replacing the typed word, what the list shows, and whether it ends the word. */
    record Entry(String text, String display, boolean complete) {
    }

    private QuotedPaths() {
    }

    /** The entries for {@code word}, the text from the opening quote (included, when typed) to the cursor. */
    static List<Entry> complete(String word) {
        String quote = !word.isEmpty() && (word.charAt(0) == '\'' || word.charAt(0) == '"') ? word.substring(0, 1)
                : "'";
        String typed = word.startsWith(quote) ? word.substring(1) : word;
        int slash = typed.lastIndexOf('/');
        String directoryPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePrefix = typed.substring(slash + 1);
        Path directory = directoryPart.isEmpty() ? Path.of("") : Path.of(directoryPart);
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory.toAbsolutePath())) {
            for (Path entry : listing) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePrefix) || (name.startsWith(".") && !namePrefix.startsWith("."))) {
                    continue;
                }
                boolean isDirectory = Files.isDirectory(entry);
                String path = directoryPart + name + (isDirectory ? "/" : "");
                entries.add(new Entry(quote + path + (isDirectory ? "" : quote), name + (isDirectory ? "/" : ""),
                        !isDirectory));
                if (entries.size() == MAX_ENTRIES) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A directory that cannot be read offers nothing; completion never fails.
            return List.of();
        }
        entries.sort((a, b) -> a.text().compareTo(b.text()));
        return entries;
    }
}

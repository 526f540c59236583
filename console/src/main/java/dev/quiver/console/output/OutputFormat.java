package dev.quiver.console.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of the console, as named on the command line ({@code --format}) and by {@code \format}. */
public enum OutputFormat {
    /** An aligned table with borders, fitted to the terminal width; long vectors abbreviated. */
    TABLE(true),
    /** One block per row, one line per column ({@code \x}). */
    VERTICAL(true),
    /** Comma-separated values with a header row, quoted as RFC 4180 says; lines end with LF. */
    CSV(false),
    /** Tab-separated values with a header row; tab, newline and backslash escaped as {@code \t \n \\}. */
    TSV(false),
    /** One JSON array of objects per result. */
    JSON(false),
    /** One JSON object per row and line. */
    JSONL(false),
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN(true);

    private final boolean forPeople;

    OutputFormat(boolean forPeople) {
        this.forPeople = forPeople;
    }

    /**
     * Whether the format is read by people: then row counts, command tags and timing are printed with the results.
     * Machine formats print the result rows only, so that their output can be piped into other tools.
     */
    public boolean isForPeople() {
        return forPeople;
    }

    /** The name as typed by users: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format with this name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values when there is no such format
     */
    public static OutputFormat parse(String name) {
        for (OutputFormat format : values()) {
            if (format.label().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of: " + names());
    }

    /** All format names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
    }
}

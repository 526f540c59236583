package dev.quiver.io;

import java.util.Locale;

/** The file formats of COPY. */
enum FileFormat {
    CSV, JSON, JSONL;

    /** The format a file name's extension implies: {@code .json}, {@code .jsonl}/{@code .ndjson}, else CSV. */
    static FileFormat ofPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        return lower.endsWith(".json") ? JSON : CSV;
    }
}

package dev.quiver.console.repl;

import java.sql.Connection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The prompt names the connection and its database, as psql's does: {@code quiver mem:default> } for the embedded
 * engine in memory, {@code quiver file:data/default> } for one kept in a directory, {@code quiver
 * 127.0.0.1:19530/db> } for a server. The continuation prompt is as wide, ending in {@code -> }.
 */
final class Prompt {
    private static final Pattern REMOTE = Pattern.compile("(?i)jdbc:milvus://([^/?;]*)(?:/([^?;]*))?.*");

    private Prompt() {
    }

    /** The primary prompt for a session connected to {@code url} whose current database is {@code database}. */
    static String primary(String url, @Nullable String database) {
        return "quiver " + label(url, database) + "> ";
    }

    /** The continuation prompt lined up under {@code primary}. */
    static String continuation(String primary) {
        return " ".repeat(Math.max(0, primary.length() - 3)) + "-> ";
    }

    /** The current database of {@code connection} (its JDBC catalog), or null when the driver cannot tell. */
    static @Nullable String database(Connection connection) {
        try {
            return connection.getCatalog();
        } catch (Exception e) {
            return null;
        }
    }

    static String label(String url, @Nullable String database) {
        String lower = url.toLowerCase(Locale.ROOT);
        String db = database == null || database.isBlank() ? null : database;
        if (lower.startsWith("jdbc:milvus:mem:")) {
            String name = stripQuery(url.substring("jdbc:milvus:mem:".length()));
            String where = "mem:" + (name.isEmpty() ? "" : name + "/");
            return db == null ? (name.isEmpty() ? "mem:" : "mem:" + name) : where + db;
        }
        if (lower.startsWith("jdbc:milvus:file:")) {
            String directory = stripQuery(url.substring("jdbc:milvus:file:".length()));
            String name = directory.replaceAll("[/\\\\]+$", "");
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            return "file:" + name + (db == null ? "" : "/" + db);
        }
        Matcher remote = REMOTE.matcher(url);
        if (remote.matches()) {
            String path = remote.group(2);
            String shown = db != null ? db : path == null || path.isEmpty() ? null : path;
            return remote.group(1) + (shown == null ? "" : "/" + shown);
        }
        return stripQuery(url);
    }

    private static String stripQuery(String text) {
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }
}

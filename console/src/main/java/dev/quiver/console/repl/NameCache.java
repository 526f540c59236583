package dev.quiver.console.repl;

import dev.quiver.grammar.StatementFormatter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The live names offered by Tab completion: databases, collections, fields, partitions and indexes of the current
 * connection, read through {@link DatabaseMetaData} (and {@code SHOW PARTITIONS}) on first use and again after
 * statements that change names. A name that cannot be read is simply not offered: completion never fails.
 * Used from the reader's thread only.
 */
final class NameCache {
    /** Partitions and indexes are read for at most this many collections, to keep Tab fast. */
    static final int MAX_COLLECTIONS_SCANNED = 50;

    /** The kinds of names, which completion shows as groups. */
    enum Kind { DATABASE, COLLECTION, FIELD, PARTITION, INDEX }

    /** A name, its kind and, for fields, partitions and indexes, the collection it belongs to. */
    record Name(String text, Kind kind, @Nullable String collection) {
        Name(String text, Kind kind) {
            this(text, kind, null);
        }
    }

    private final Supplier<Connection> connection;
    private List<Name> names = List.of();
    private boolean stale = true;

    NameCache(Supplier<Connection> connection) {
        this.connection = connection;
    }

    void invalidate() {
        stale = true;
    }

    /** The names of {@code kind}; for fields, partitions and indexes only those of {@code collections} unless it is empty. */
    List<Name> names(Kind kind, List<String> collections) {
        return names().stream().filter(name -> name.kind() == kind)
                .filter(name -> collections.isEmpty() || name.collection() == null
                        || collections.contains(name.collection()))
                .toList();
    }

    List<Name> names() {
        if (stale) {
            names = load(connection.get());
            stale = false;
        }
        return names;
    }

    private static List<Name> load(Connection connection) {
        Set<Name> found = new TreeSet<>(Comparator.comparing(Name::kind).thenComparing(Name::text)
                .thenComparing(name -> Objects.requireNonNullElse(name.collection(), "")));
        DatabaseMetaData metaData;
        try {
            metaData = connection.getMetaData();
        } catch (SQLException e) {
            return List.of();
        }
        readColumn(() -> metaData.getCatalogs(), "TABLE_CAT", null, Kind.DATABASE, found);
        readColumn(() -> metaData.getTables(null, null, "%", null), "TABLE_NAME", null, Kind.COLLECTION, found);
        readColumn(() -> metaData.getColumns(null, null, "%", "%"), "COLUMN_NAME", "TABLE_NAME", Kind.FIELD, found);
        List<String> collections = found.stream().filter(name -> name.kind() == Kind.COLLECTION).map(Name::text)
                .limit(MAX_COLLECTIONS_SCANNED).toList();
        for (String collection : collections) {
            readColumn(() -> metaData.getIndexInfo(null, null, collection, false, true), "INDEX_NAME", "TABLE_NAME",
                    Kind.INDEX, found);
            readPartitions(connection, collection, found);
        }
        return List.copyOf(found);
    }

    @FunctionalInterface
    private interface Query {
        ResultSet run() throws SQLException;
    }

    private static void readColumn(Query query, String column, @Nullable String owner, Kind kind, Set<Name> into) {
        try (ResultSet rows = query.run()) {
            while (rows.next()) {
                String value = rows.getString(column);
                if (value != null && !value.isEmpty()) {
                    into.add(new Name(value, kind, owner == null ? null : rows.getString(owner)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            // Not every server or driver answers every metadata query: the names it cannot give are not offered.
            return;
        }
    }

    private static void readPartitions(Connection connection, String collection, Set<Name> into) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW PARTITIONS FROM "
                     + StatementFormatter.formatName(collection))) {
            int column = partitionColumn(rows.getMetaData());
            while (rows.next()) {
                String value = rows.getString(column);
                if (value != null && !value.isEmpty()) {
                    into.add(new Name(value, Kind.PARTITION, collection));
                }
            }
        } catch (SQLException | RuntimeException e) {
            // As above: partitions that cannot be listed are not offered.
            return;
        }
    }

    private static int partitionColumn(ResultSetMetaData metaData) throws SQLException {
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
            String label = metaData.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (label.equals("partition") || label.equals("partition_name") || label.equals("name")) {
                return i;
            }
        }
        return 1;
    }
}

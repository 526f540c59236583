package dev.quiver.examples;

import dev.quiver.driver.MilvusStatement;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The four seed operations with plain JDBC: a partition flush, flush all (waiting, and with NOWAIT followed by
 * {@code SHOW FLUSH ALL STATE}), releasing one partition, and releasing several partitions, with the load states
 * printed before and after.
 */
public final class SeedFlushAndRelease {
    private static final String COLLECTION = "test_collection";

    private SeedFlushAndRelease() {
    }

    /**
     * Runs the example against {@code args[0]}, or an in-memory embedded engine.
     *
     * @param args an optional {@code jdbc:milvus:} URL
     * @throws SQLException when a statement fails
     */
    public static void main(String[] args) throws SQLException {
        run(args.length > 0 ? args[0] : "jdbc:milvus:mem:seed-flush-and-release", System.out);
    }

    /**
     * Runs the example on a new connection to {@code url}, printing to {@code out}.
     *
     * @param url a {@code jdbc:milvus:} URL of an empty database
     * @param out where the narration goes
     * @throws SQLException when a statement fails
     */
    public static void run(String url, PrintStream out) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE COLLECTION " + COLLECTION + " DIMENSION 4");
            statement.execute("CREATE PARTITION partition_A IN " + COLLECTION);
            statement.execute("CREATE PARTITION partition_B IN " + COLLECTION);
            insert(connection, "partition_A", 0);
            insert(connection, "partition_B", 100);
            printLoadStates(statement, out, "after setup");

            out.println("-- 1. flush one partition (Milvus seals the whole collection's growing segments)");
            statement.execute("FLUSH PARTITION partition_A FROM " + COLLECTION);
            MilvusStatement milvus = statement.unwrap(MilvusStatement.class);
            Map<String, Object> details = milvus.getDetails();
            out.println(milvus.getCommandTag() + ": sealed segments " + sealedCount(details) + ", flushed "
                    + details.get("flushed"));

            out.println("-- 2. flush all, waiting until every collection is persisted");
            statement.execute("FLUSH ALL");
            out.println(milvus.getCommandTag() + ": flushed " + milvus.getDetails().get("flushed"));

            out.println("-- 3. flush all NOWAIT, then ask for its state");
            statement.execute("INSERT INTO " + COLLECTION + " PARTITION partition_B (id, vector) VALUES (200, [0.5, 0.5, 0.5, 0.5])");
            statement.execute("FLUSH ALL NOWAIT");
            long flushAllTs = ((Number) Objects.requireNonNull(milvus.getDetails().get("flush_all_ts"),
                    "FLUSH ALL reports its flush_all_ts")).longValue();
            out.println(milvus.getCommandTag() + " NOWAIT: flushed " + milvus.getDetails().get("flushed"));
            out.println("SHOW FLUSH ALL STATE: flushed " + waitForFlushAll(statement, flushAllTs));

            out.println("-- 4. release one partition");
            statement.execute("RELEASE PARTITION partition_A FROM " + COLLECTION);
            out.println(milvus.getCommandTag() + ": " + milvus.getDetails().get("load_state"));
            printLoadStates(statement, out, "after releasing partition_A");

            out.println("-- 5. release several partitions");
            statement.execute("RELEASE PARTITIONS _default, partition_B FROM " + COLLECTION);
            out.println(milvus.getCommandTag() + ": " + milvus.getDetails().get("load_state"));
            printLoadStates(statement, out, "after releasing _default and partition_B");
        }
    }

    /** Inserts five rows into {@code partition}, binding each vector as a {@code float[]} parameter. */
    private static void insert(Connection connection, String partition, int firstId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + COLLECTION + " PARTITION " + partition + " (id, vector) VALUES (?, ?)")) {
            for (int i = 0; i < 5; i++) {
                insert.setLong(1, firstId + i);
                insert.setObject(2, new float[] {i, 1f, 0.5f, -i});
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int sealedCount(Map<String, Object> details) {
        Object sealed = details.get("sealed_segment_ids");
        return sealed instanceof Map<?, ?> map && map.get(COLLECTION) instanceof List<?> ids ? ids.size() : 0;
    }

    /** Asks SHOW FLUSH ALL STATE until it reports flushed, at most 100 times. */
    private static boolean waitForFlushAll(Statement statement, long flushAllTs) throws SQLException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ResultSet rs = statement.executeQuery("SHOW FLUSH ALL STATE AT " + flushAllTs)) {
                if (rs.next() && rs.getBoolean("flushed")) {
                    return true;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void printLoadStates(Statement statement, PrintStream out, String when) throws SQLException {
        out.println("load states " + when + ":");
        for (String target : List.of("", " PARTITION _default", " PARTITION partition_A", " PARTITION partition_B")) {
            try (ResultSet rs = statement.executeQuery("SHOW LOAD STATE OF " + COLLECTION + target)) {
                rs.next();
                String name = target.isEmpty() ? COLLECTION : target.substring(" PARTITION ".length());
                out.println("  " + name + ": " + rs.getString("state"));
            }
        }
    }
}

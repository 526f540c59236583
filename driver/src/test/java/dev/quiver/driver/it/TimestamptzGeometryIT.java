package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TIMESTAMPTZ and GEOMETRY columns through the driver against the embedded engine: created by the language, written
 * as ISO text, bound java.time values and WKT, read back as {@code OffsetDateTime} and WKT text, filtered with ISO
 * literals, INTERVAL shifts, bound instants and ST_ functions, and described by the metadata.
 */
class TimestamptzGeometryIT {

    private static void createAndFill(Connection c) throws SQLException {
        act(c, "CREATE COLLECTION t (id INT64 PRIMARY KEY, tsz TIMESTAMPTZ NULL, geo GEOMETRY NULL,"
                + " v FLOAT_VECTOR(2))");
        act(c, "INSERT INTO t VALUES (1, '2025-01-01T00:00:00+08:00', 'POINT (1 1)', [1, 0]),"
                + " (2, '2025-01-02T00:00:00Z', 'POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))', [2, 0]),"
                + " (3, NULL, NULL, [3, 0])");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (id, tsz, geo, v) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, 4);
            insert.setObject(2, OffsetDateTime.of(2025, 1, 3, 8, 0, 0, 0, ZoneOffset.ofHours(2)));
            insert.setString(3, "LINESTRING (10 10, 20 20)");
            insert.setObject(4, new float[] {4, 0});
            insert.executeUpdate();
            insert.setLong(1, 5);
            insert.setTimestamp(2, Timestamp.from(Instant.parse("2030-01-01T00:00:00Z")));
            insert.setString(3, "POINT (30 30)");
            insert.setObject(4, new float[] {5, 0});
            insert.executeUpdate();
        }
        act(c, "CREATE INDEX ON t (v) USING FLAT WITH (metric_type = 'L2')");
        act(c, "LOAD COLLECTION t");
    }

    private static List<Long> ids(Connection c, String where) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Object id : query(c, "SELECT id FROM t WHERE " + where + " LIMIT 100 WITH (consistency_level = 'Strong')")
                .column("id")) {
            ids.add((Long) id);
        }
        return ids;
    }

    @Test
    void valuesGoInAsTextOrJavaTimeAndComeBackTyped() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:milvus:mem:tsz-values")) {
            createAndFill(c);
            assertThat(query(c, "DESCRIBE t").column("type")).contains("TIMESTAMPTZ", "GEOMETRY");
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, tsz, geo FROM t WHERE id > 0 LIMIT 10 WITH (consistency_level = 'Strong')")) {
                ResultSetMetaData meta = rs.getMetaData();
                assertThat(meta.getColumnType(2)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
                assertThat(meta.getColumnTypeName(2)).isEqualTo("TIMESTAMPTZ");
                assertThat(meta.getColumnClassName(2)).isEqualTo(OffsetDateTime.class.getName());
                assertThat(meta.getColumnTypeName(3)).isEqualTo("GEOMETRY");
                assertThat(meta.getColumnClassName(3)).isEqualTo(String.class.getName());
                List<Object> times = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                List<String> shapes = new ArrayList<>();
                while (rs.next()) {
                    times.add(rs.getObject(2));
                    texts.add(rs.getString(2));
                    shapes.add(rs.getString(3));
                    if (rs.getLong(1) == 2) {
                        assertThat(rs.getObject(2, Instant.class)).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
                        assertThat(rs.getTimestamp(2)).isEqualTo(Timestamp.from(Instant.parse("2025-01-02T00:00:00Z")));
                    }
                }
                assertThat(times).containsExactly(OffsetDateTime.parse("2024-12-31T16:00:00Z"),
                        OffsetDateTime.parse("2025-01-02T00:00:00Z"), null,
                        OffsetDateTime.parse("2025-01-03T06:00:00Z"), OffsetDateTime.parse("2030-01-01T00:00:00Z"));
                assertThat(texts).containsExactly("2024-12-31T16:00:00Z", "2025-01-02T00:00:00Z", null,
                        "2025-01-03T06:00:00Z", "2030-01-01T00:00:00Z");
                assertThat(shapes).containsExactly("POINT (1 1)", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", null,
                        "LINESTRING (10 10, 20 20)", "POINT (30 30)");
            }
            assertThatThrownBy(() -> act(c, "INSERT INTO t VALUES (9, 'not a time', 'POINT (1 1)', [1, 0])"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("got invalid timestamptz string 'not a time'");
            assertThatThrownBy(() -> act(c, "INSERT INTO t VALUES (9, '2025-01-01T00:00:00Z', 'POINT (1', [1, 0])"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("invalid Geometry data");
            assertThatThrownBy(() -> act(c, "INSERT INTO t VALUES (9, 5, 'POINT (1 1)', [1, 0])"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("TIMESTAMPTZ");
        }
    }

    @Test
    void filtersUseIsoLiteralsIntervalsBoundInstantsAndSpatialFunctions() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:milvus:mem:tsz-filters")) {
            createAndFill(c);
            assertThat(ids(c, "tsz > ISO '2025-01-01T12:00:00Z'")).containsExactly(2L, 4L, 5L);
            assertThat(ids(c, "tsz + INTERVAL 'P1D' < ISO '2025-01-02T00:00:00Z'")).containsExactly(1L);
            assertThat(ids(c, "tsz IS NULL")).containsExactly(3L);
            assertThat(ids(c, "st_within(geo, 'POLYGON ((-1 -1, 5 -1, 5 5, -1 5, -1 -1))')")).containsExactly(1L, 2L);
            assertThat(ids(c, "st_intersects(geo, 'LINESTRING (15 0, 15 30)')"
                    + " OR st_dwithin(geo, 'POINT (30 30.001)', 200)")).containsExactly(4L, 5L);
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id FROM t WHERE tsz >= ? LIMIT 10 WITH (consistency_level = 'Strong')")) {
                select.setObject(1, Instant.parse("2025-01-03T06:00:00Z"));
                List<Long> found = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                assertThat(found).containsExactly(4L, 5L);
            }
            Rows explained = query(c, "EXPLAIN SELECT id FROM t WHERE tsz > ISO '2025-01-01T00:00:00Z' LIMIT 3");
            assertThat(explained.toString()).contains("ISO");
        }
    }

    @Test
    void metadataListsBothTypes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:milvus:mem:tsz-meta")) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            try (ResultSet rs = meta.getTypeInfo()) {
                while (rs.next()) {
                    names.add(rs.getString("TYPE_NAME"));
                    if (rs.getString("TYPE_NAME").equals("TIMESTAMPTZ")) {
                        assertThat(rs.getInt("DATA_TYPE")).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
                        prefixes.add(rs.getString("LITERAL_PREFIX"));
                    }
                }
            }
            assertThat(names).contains("TIMESTAMPTZ", "GEOMETRY");
            assertThat(prefixes).containsExactly("ISO '");
        }
    }
}

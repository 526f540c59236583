package dev.quiver.driver.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.driver.FakeMilvusServer;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MilvusDatabaseMetaDataTest {
    private FakeMilvusServer server;
    private Connection connection;
    private DatabaseMetaData md;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMilvusServer();
        connection = DriverManager.getConnection("jdbc:milvus://127.0.0.1:" + server.startNetty() + "?user=root");
        md = connection.getMetaData();
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        server.close();
    }

    private static List<List<Object>> rows(ResultSet rs, String... columns) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (String c : columns) {
                    row.add(rs.getObject(c));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void productAndDriver() throws SQLException {
        assertThat(md.getDatabaseProductName()).isEqualTo("Milvus");
        assertThat(md.getDatabaseProductVersion()).isEqualTo("v2.5.4");
        assertThat(md.getDatabaseMajorVersion()).isEqualTo(2);
        assertThat(md.getDatabaseMinorVersion()).isEqualTo(5);
        assertThat(md.getIdentifierQuoteString()).isEqualTo("`");
        assertThat(md.getUserName()).isEqualTo("root");
        assertThat(md.getConnection()).isSameAs(connection);
        assertThat(md.supportsTransactions()).isFalse();
        assertThat(md.supportsBatchUpdates()).isTrue();
        assertThat(md.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY)).isTrue();
        assertThat(md.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)).isFalse();
    }

    @Test
    void catalogsAreDatabasesAndTablesAreCollections() throws SQLException {
        assertThat(rows(md.getCatalogs(), "TABLE_CAT")).containsExactly(List.of("default"), List.of("other"));
        assertThat(rows(md.getSchemas(), "TABLE_SCHEM")).isEmpty();
        assertThat(rows(md.getTableTypes(), "TABLE_TYPE")).containsExactly(List.of("COLLECTION"));
        assertThat(rows(md.getTables(null, null, "%", null), "TABLE_CAT", "TABLE_NAME", "TABLE_TYPE"))
                .containsExactly(List.of("default", "films", "COLLECTION"), List.of("other", "books", "COLLECTION"));
        assertThat(rows(md.getTables("default", null, "f_lm%", new String[] {"TABLE"}), "TABLE_NAME"))
                .containsExactly(List.of("films"));
        assertThat(rows(md.getTables(null, null, null, new String[] {"VIEW"}), "TABLE_NAME")).isEmpty();
        assertThat(rows(md.getTables("missing", null, null, null), "TABLE_NAME")).isEmpty();
    }

    @Test
    void columnsAreFieldsWithTypesAndDimensions() throws SQLException {
        List<List<Object>> columns = rows(md.getColumns("default", null, "films", null), "COLUMN_NAME", "DATA_TYPE",
                "TYPE_NAME", "COLUMN_SIZE", "NULLABLE", "ORDINAL_POSITION", "IS_AUTOINCREMENT");
        assertThat(columns).containsExactly(
                List.of("id", Types.BIGINT, "INT64", 19, DatabaseMetaData.columnNoNulls, 1, "YES"),
                List.of("title", Types.VARCHAR, "VARCHAR(256)", 256, DatabaseMetaData.columnNullable, 2, "NO"),
                List.of("embedding", Types.OTHER, "FLOAT_VECTOR(5)", 5, DatabaseMetaData.columnNoNulls, 3, "NO"));
        assertThat(rows(md.getColumns(null, null, "films", "ti%"), "REMARKS", "IS_NULLABLE"))
                .containsExactly(List.of("the title", "YES"));
    }

    @Test
    void primaryKeysAndIndexes() throws SQLException {
        assertThat(rows(md.getPrimaryKeys("default", null, "films"), "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ"))
                .containsExactly(List.of("films", "id", (short) 1));
        assertThat(rows(md.getIndexInfo("default", null, "films", false, true), "INDEX_NAME", "COLUMN_NAME", "INDEX_QUALIFIER", "CARDINALITY"))
                .containsExactly(List.of("embedding_idx", "embedding", "HNSW", 12L));
        assertThat(rows(md.getIndexInfo("other", null, "books", false, true), "INDEX_NAME")).isEmpty();
        assertThat(rows(md.getIndexInfo("default", null, "films", true, true), "INDEX_NAME")).isEmpty();
    }

    @Test
    void typeInfoListsMilvusTypes() throws SQLException {
        List<List<Object>> types = rows(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
        assertThat(types).contains(List.of("INT64", Types.BIGINT), List.of("FLOAT_VECTOR", Types.OTHER),
                List.of("VARCHAR", Types.VARCHAR), List.of("BOOL", Types.BOOLEAN));
    }

    @Test
    void everyOtherResultSetQueryIsEmptyNotAnError() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Method m : DatabaseMetaData.class.getMethods()) {
            if (m.getReturnType() != ResultSet.class || m.isDefault()) {
                continue;
            }
            String name = m.getName();
            if (List.of("getCatalogs", "getTables", "getColumns", "getPrimaryKeys", "getIndexInfo", "getTypeInfo",
                    "getTableTypes", "getClientInfoProperties").contains(name)) {
                continue;
            }
            Object[] args = new Object[m.getParameterCount()];
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < args.length; i++) {
                args[i] = types[i] == int.class ? 0 : types[i] == boolean.class ? false : null;
            }
            try (ResultSet rs = (ResultSet) m.invoke(md, args)) {
                assertThat(rs.next()).as(name).isFalse();
                assertThat(rs.getMetaData().getColumnCount()).as(name).isGreaterThan(1);
            }
            checked.add(name);
        }
        assertThat(checked).contains("getProcedures", "getImportedKeys", "getFunctions", "getSchemas", "getPseudoColumns");
    }
}

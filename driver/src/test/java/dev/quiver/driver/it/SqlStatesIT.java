package dev.quiver.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQLStates of docs/driver.md against the embedded engine: an unknown field is 42703 wherever it stands, an
 * existing collection 42P07, and a query the server rejects fails at {@code execute()}, also when its result is
 * paged (no LIMIT), not at the first {@code next()}.
 */
class SqlStatesIT {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUnknownFieldIs42703Everywhere(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect();
             Statement s = c.createStatement()) {
            films(s);
            List<String> statements = List.of(
                    "SELECT nosuch FROM films",
                    "SELECT nosuch FROM films LIMIT 2",
                    "SELECT * FROM films WHERE nosuch > 1",
                    "SELECT * FROM films WHERE nosuch > 1 LIMIT 3",
                    "SELECT count(*) FROM films WHERE nosuch > 1",
                    "SELECT id FROM films WHERE nosuch > 1 ORDER BY v <-> [1, 2] LIMIT 3",
                    "SELECT id FROM films ORDER BY nosuch <-> [1, 2] LIMIT 3",
                    "SELECT id FROM films GROUP BY nosuch ORDER BY v <-> [1, 2] LIMIT 3",
                    "INSERT INTO films (id, title, nosuch, v) VALUES (2, 'b', 1, [1, 2])",
                    "UPSERT INTO films (id, title, nosuch, v) VALUES (2, 'b', 1, [1, 2])",
                    "DELETE FROM films WHERE nosuch > 1",
                    "CREATE INDEX ON films (nosuch)");
            for (String sql : statements) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLSyntaxErrorException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isEqualTo("42703"))
                        .hasMessageContaining("nosuch");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anExistingCollectionIs42P07(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect();
             Statement s = c.createStatement()) {
            films(s);
            for (String sql : List.of(
                    "CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(20), v FLOAT_VECTOR(2))",
                    "CREATE COLLECTION films (id INT64 PRIMARY KEY, v FLOAT_VECTOR(4))",
                    "CREATE TABLE films DIMENSION 3")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLSyntaxErrorException.class)
                        .hasMessage("collection films already exists in database default (CREATE COLLECTION IF NOT "
                                + "EXISTS leaves an existing one alone)")
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42P07"));
            }
            assertThat(s.execute("CREATE COLLECTION IF NOT EXISTS films DIMENSION 3")).isFalse();
            assertThat(s.executeQuery("SELECT count(*) FROM films").next()).as("films is untouched").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRejectedQueryFailsAtExecuteAlsoWhenItsResultIsPaged(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect();
             Statement s = c.createStatement()) {
            films(s);
            s.execute("RELEASE COLLECTION films");
            for (String sql : List.of("SELECT * FROM films", "SELECT id FROM films LIMIT 5")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql)
                        .hasMessage("collection not loaded[collection=films]")
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("55M01"));
            }
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM films")).isInstanceOf(SQLException.class);
            assertThat(s.getResultSet()).as("no result set is left behind").isNull();
        }
    }

    private static void films(Statement s) throws SQLException {
        s.execute("CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(20), v FLOAT_VECTOR(2))");
        s.execute("CREATE INDEX ON films (v) USING AUTOINDEX WITH (metric_type = 'L2')");
        s.execute("LOAD COLLECTION films");
        s.execute("INSERT INTO films (id, title, v) VALUES (1, 'a', [1, 2])");
    }
}

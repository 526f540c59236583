package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GRANT <privilege> ON <object type> <name> TO role}, {@code REVOKE ... FROM role} and
 * {@code SHOW GRANTS FOR role} end to end through JDBC against the embedded engine, in-process and over TCP.
 */
class PrivilegeStatementsIT {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void grantShowRevoke(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE ROLE reader");
            assertThat(query(c, "SHOW GRANTS FOR reader").rows()).isEmpty();

            assertThat(act(c, "GRANT Search ON COLLECTION films TO reader").tag()).isEqualTo("GRANT");
            act(c, "GRANT Search ON COLLECTION films TO reader");
            Rows grants = query(c, "SHOW GRANTS FOR reader");
            assertThat(grants.columns()).containsExactly("role", "object_type", "object_name", "privilege", "grantor",
                    "database");
            assertThat(grants.rows()).containsExactly(List.of("reader", "Collection", "films", "Search", "", "default"));

            act(c, "GRANT Load ON TABLE films TO reader");
            act(c, "GRANT CreateCollection ON GLOBAL * TO reader");
            act(c, "GRANT SelectUser ON USER bob TO reader");
            assertThat(query(c, "SHOW GRANTS FOR reader").rows()).extracting(r -> r.get(1) + " " + r.get(2) + " "
                    + r.get(3)).containsExactly("Collection films GetLoadState", "Collection films GetLoadingProgress",
                    "Collection films Load", "Collection films Search", "Global * CreateCollection",
                    "User bob SelectUser");

            assertThat(act(c, "REVOKE Search ON COLLECTION films FROM reader").tag()).isEqualTo("REVOKE");
            act(c, "REVOKE Search ON COLLECTION films FROM reader");
            act(c, "REVOKE Load ON COLLECTION films FROM reader");
            act(c, "REVOKE CreateCollection ON GLOBAL * FROM reader");
            act(c, "REVOKE SelectUser ON USER bob FROM reader");
            assertThat(query(c, "SHOW GRANTS FOR reader").rows()).isEmpty();
            act(c, "DROP ROLE reader");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void grantsBelongToTheCurrentDatabase(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE ROLE writer");
            act(c, "CREATE DATABASE analytics");
            act(c, "USE analytics");
            act(c, "GRANT Insert ON COLLECTION events TO writer");
            assertThat(query(c, "SHOW GRANTS FOR writer").rows())
                    .containsExactly(List.of("writer", "Collection", "events", "Insert", "", "analytics"));
            act(c, "USE default");
            assertThat(query(c, "SHOW GRANTS FOR writer").rows()).isEmpty();
            act(c, "USE analytics");
            act(c, "REVOKE Insert ON COLLECTION events FROM writer");
            assertThat(query(c, "SHOW GRANTS FOR writer").rows()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void refusals(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE ROLE reader");
            assertThatThrownBy(() -> act(c, "GRANT Fly ON COLLECTION films TO reader"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("not found the privilege name[Fly] in object[Collection]");
            assertThatThrownBy(() -> act(c, "GRANT CreateCollection ON COLLECTION films TO reader"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("not found the privilege name[CreateCollection] in object[Collection]");
            assertThatThrownBy(() -> act(c, "GRANT Search ON COLLECTION films TO ghost"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("not found the role, maybe the role isn't existed or internal system error");
            assertThatThrownBy(() -> query(c, "SHOW GRANTS FOR ghost"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("not found the role, maybe the role isn't existed or internal system error");

            act(c, "GRANT Query ON COLLECTION films TO reader");
            assertThatThrownBy(() -> act(c, "DROP ROLE reader"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("fail to drop the role that it has privileges. Use REVOKE API to revoke privileges");
            act(c, "REVOKE Query ON COLLECTION films FROM reader");
            act(c, "DROP ROLE reader");
        }
    }
}

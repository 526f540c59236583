package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EXPLAIN of every statement that carries a secret prints {@code ***} in its place: neither the secret nor its
 * base64 form (what the request carries) appears in the plan.
 */
class SecretRedactionIT {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE USER carol PASSWORD 'hidden-secret'                         | password    | hidden-secret",
            "ALTER USER carol PASSWORD 'hidden-secret'                          | newPassword | hidden-secret",
            "ALTER USER carol PASSWORD 'hidden-secret' REPLACE 'older-secret'   | newPassword | hidden-secret",
            "ALTER USER carol PASSWORD 'newer-secret' REPLACE 'hidden-secret'   | oldPassword | hidden-secret"})
    void explainShowsStarsInsteadOfTheSecret(String statement, String field, String secret) throws Exception {
        try (EngineTargets engine = EngineTargets.start(Mode.IN_PROCESS); Connection c = engine.connect()) {
            Rows plan = query(c, "EXPLAIN " + statement);
            List<Object> requests = plan.column("request");
            String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            assertThat(requests).hasSize(1);
            String json = (String) requests.get(0);
            assertThat(json).contains("\"" + field + "\":\"***\"").doesNotContain(secret).doesNotContain(base64);
            for (String other : List.of("older-secret", "newer-secret")) {
                assertThat(json).doesNotContain(other)
                        .doesNotContain(Base64.getEncoder().encodeToString(other.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}

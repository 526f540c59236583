package dev.quiver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuickstartDslIT {

    @Test
    void printsEachStatementAndItsResults() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickstartDsl.run("jdbc:milvus:mem:quickstart-" + UUID.randomUUID(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(200), year INT64,"
                        + " embedding FLOAT_VECTOR(3)) WITH (description = \"A few films\")",
                "inserted 4 films",
                "CREATE INDEX ON films (embedding) USING HNSW WITH (metric_type = \"COSINE\", M = 16,"
                        + " efConstruction = 64)",
                "films is Loaded",
                "SELECT id, title, distance() FROM films WHERE year > 2000 ORDER BY embedding <=> [1.0, 0.0, 0.0]"
                        + " LIMIT 2 WITH (consistency_level = \"Strong\")",
                "  3 Arrival",
                "  4 Gravity",
                "SELECT id, title, year FROM films WHERE title LIKE \"A%\" OR year < 1990"
                        + " WITH (consistency_level = \"Strong\")",
                "  1 Alien (1979)",
                "  3 Arrival (2016)",
                "DELETE FROM films WHERE id IN [2, 4]",
                "deleted 2 films",
                "films left: 2");
    }
}

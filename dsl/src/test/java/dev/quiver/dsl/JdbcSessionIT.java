package dev.quiver.dsl;

import static dev.quiver.dsl.Filters.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ast.Metric;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The DSL hands ASTs to the driver: no statement text is formatted, sent or parsed. */
class JdbcSessionIT {
    /** The Connection methods that take statement text. */
    private static final Set<String> TEXT_METHODS = Set.of("createStatement", "prepareStatement", "prepareCall",
            "nativeSQL");

    private static Connection spy(Connection real, List<String> textCalls) {
        return (Connection) Proxy.newProxyInstance(JdbcSessionIT.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (self, method, args) -> {
                    if (TEXT_METHODS.contains(method.getName())) {
                        textCalls.add(method.getName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void everyStepRunsWithoutStatementText() throws Exception {
        List<String> textCalls = new ArrayList<>();
        try (Connection real = DriverManager.getConnection("jdbc:milvus:mem:session-" + UUID.randomUUID())) {
            Quiver quiver = Quiver.using(spy(real, textCalls));
            quiver.createCollection("docs", c -> {
                c.int64("id").primaryKey();
                c.float64("score");
                c.floatVector("embedding", 3);
            }).execute();
            quiver.createIndex("docs", "embedding").using("FLAT").metric(Metric.L2).execute();
            quiver.insertInto("docs").row(Map.of("id", 1L, "score", 0.1 + 0.2, "embedding", new float[] {0.1f, 0.2f, 0.3f}))
                    .row(Map.of("id", 2L, "score", Math.PI, "embedding", new float[] {1f / 3, 2f / 3, 1f})).execute();
            quiver.loadCollection("docs").execute();

            List<Row> rows = quiver.selectFrom("docs").where(field("id").gt(0)).select("id", "score", "embedding")
                    .consistencyLevel("Strong").fetch();

            assertThat(rows).hasSize(2);
            Row second = rows.stream().filter(r -> r.getLong("id") == 2L).findFirst().orElseThrow();
            assertThat(second.getDouble("score")).isEqualTo(Math.PI);
            assertThat(second.getVector("embedding")).containsExactly(1f / 3, 2f / 3, 1f);
            assertThat(quiver.search("docs").vector("embedding", new float[] {1f / 3, 2f / 3, 1f}).using(Metric.L2)
                    .limit(1).select("id").consistencyLevel("Strong").fetch()).extracting(r -> r.getLong("id"))
                    .containsExactly(2L);
        }
        assertThat(textCalls).isEmpty();
    }
}

package dev.quiver.examples;

import static dev.quiver.dsl.Filters.field;

import dev.quiver.dsl.LoadState;
import dev.quiver.dsl.Quiver;
import dev.quiver.grammar.ast.Metric;
import java.io.PrintStream;
import java.util.List;

/**
 * The quickstart with the Java DSL: create a collection, insert records, build an index, load, search with a
 * filter, query, delete and count. Every statement is printed before it runs, as the DSL writes it.
 */
public final class QuickstartDsl {
    /** A film as the collection stores it; components map to fields by name. */
    public record Film(long id, String title, long year, float[] embedding) {
    }

    /** A search hit: the selected fields plus the distance. */
    public record Hit(long id, String title, double distance) {
    }

    private QuickstartDsl() {
    }

    /**
     * Runs the example against {@code args[0]}, or an in-memory embedded engine.
     *
     * @param args an optional {@code jdbc:milvus:} URL
     */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "jdbc:milvus:mem:quickstart-dsl", System.out);
    }

    /**
     * Runs the example on a new connection to {@code url}, printing to {@code out}.
     *
     * @param url a {@code jdbc:milvus:} URL of a database without a {@code films} collection
     * @param out where the output goes
     */
    public static void run(String url, PrintStream out) {
        try (Quiver quiver = Quiver.connect(url)) {
            var create = quiver.createCollection("films", c -> {
                c.int64("id").primaryKey();
                c.varchar("title", 200);
                c.int64("year");
                c.floatVector("embedding", 3);
            }).description("A few films");
            out.println(create);
            create.execute();

            var insert = quiver.insertInto("films").rows(List.of(
                    new Film(1, "Alien", 1979, new float[] {0.9f, 0.1f, 0.0f}),
                    new Film(2, "Heat", 1995, new float[] {0.1f, 0.9f, 0.0f}),
                    new Film(3, "Arrival", 2016, new float[] {0.8f, 0.2f, 0.1f}),
                    new Film(4, "Gravity", 2013, new float[] {0.7f, 0.0f, 0.3f})));
            out.println("inserted " + insert.execute().getUpdateCount() + " films");

            var index = quiver.createIndex("films", "embedding").using("HNSW").metric(Metric.COSINE)
                    .param("M", 16).param("efConstruction", 64);
            out.println(index);
            index.execute();

            LoadState state = quiver.loadCollection("films").execute();
            out.println("films is " + state.getMilvusName());

            var search = quiver.search("films").vector("embedding", new float[] {1f, 0f, 0f}).using(Metric.COSINE)
                    .where(field("year").gt(2000)).limit(2).select("id", "title").consistencyLevel("Strong");
            out.println(search);
            for (Hit hit : search.fetchInto(Hit.class)) {
                out.printf("  %d %s%n", hit.id(), hit.title());
            }

            var query = quiver.selectFrom("films").select("id", "title", "year")
                    .where(field("title").like("A%").or(field("year").lt(1990))).consistencyLevel("Strong");
            out.println(query);
            query.stream().map(row -> "  " + row.getLong("id") + " " + row.getString("title") + " ("
                    + row.getLong("year") + ")").sorted().forEach(out::println);

            var delete = quiver.deleteFrom("films").where(field("id").isIn(2, 4));
            out.println(delete);
            out.println("deleted " + delete.execute().getUpdateCount() + " films");

            long count = quiver.selectFrom("films").consistencyLevel("Strong").count();
            out.println("films left: " + count);
        }
    }
}

package dev.quiver.examples

import dev.quiver.dsl.Filters.field
import dev.quiver.dsl.Quiver
import dev.quiver.dsl.Row
import dev.quiver.grammar.ast.Metric
import java.io.PrintStream

/** A film as the collection stores it; `note` is optional, and Kotlin's types say so. */
@JvmRecord
data class Movie(val id: Long, val title: String, val year: Long, val note: String?)

/**
 * The quickstart in idiomatic Kotlin on the Java DSL: the same steps as [QuickstartDsl], with null-safety
 * visible (nullable results are `?` types; no `!!` anywhere).
 */
object QuickstartKotlin {

    /** Runs the example against `args[0]`, or an in-memory embedded engine. */
    @JvmStatic
    fun main(args: Array<String>) {
        run(args.firstOrNull() ?: "jdbc:milvus:mem:quickstart-kotlin", System.out)
    }

    /** Runs the example on a new connection to [url], printing to [out]. */
    @JvmStatic
    fun run(url: String, out: PrintStream) {
        Quiver.connect(url).use { quiver ->
            quiver.createCollection("movies") {
                it.int64("id").primaryKey()
                it.varchar("title", 200)
                it.int64("year")
                it.varchar("note", 100).nullable()
                it.floatVector("embedding", 3)
            }.execute()

            val movies = listOf(
                mapOf("id" to 1L, "title" to "Alien", "year" to 1979L, "note" to "in space",
                    "embedding" to floatArrayOf(0.9f, 0.1f, 0.0f)),
                mapOf("id" to 2L, "title" to "Heat", "year" to 1995L, "note" to null,
                    "embedding" to floatArrayOf(0.1f, 0.9f, 0.0f)),
                mapOf("id" to 3L, "title" to "Arrival", "year" to 2016L, "note" to null,
                    "embedding" to floatArrayOf(0.8f, 0.2f, 0.1f)),
            )
            val inserted = quiver.insertInto("movies").rows(movies).execute().updateCount
            out.println("inserted $inserted movies")

            quiver.createIndex("movies", "embedding").using("FLAT").metric(Metric.L2).execute()
            val state = quiver.loadCollection("movies").execute()
            out.println("movies is ${state.milvusName}")

            val best: Row? = quiver.search("movies")
                .vector("embedding", floatArrayOf(1f, 0f, 0f))
                .using(Metric.L2)
                .where(field("year").gt(1990))
                .select("id", "title", "note")
                .consistencyLevel("Strong")
                .fetchFirst()
            out.println("nearest after 1990: ${best?.getString("title") ?: "none"}")
            out.println("its note: ${best?.getStringOrNull("note") ?: "(no note)"}")

            val all = quiver.selectFrom("movies")
                .select("id", "title", "year", "note")
                .consistencyLevel("Strong")
                .fetchInto(Movie::class.java)
                .sortedBy { it.id }
            for (movie in all) {
                val note = movie.note?.let { " - $it" } ?: ""
                out.println("  ${movie.id} ${movie.title} (${movie.year})$note")
            }

            val deleted = quiver.deleteFrom("movies").where(field("note").isNull()).execute().updateCount
            out.println("deleted $deleted movies without a note")
            out.println("movies left: ${quiver.selectFrom("movies").consistencyLevel("Strong").count()}")
        }
    }
}

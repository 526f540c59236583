package dev.quiver.examples

import dev.quiver.dsl.Filters.arrayContains
import dev.quiver.dsl.Filters.field
import dev.quiver.dsl.LoadState
import dev.quiver.dsl.Quiver
import dev.quiver.dsl.QuiverException
import dev.quiver.grammar.StatementParser
import dev.quiver.grammar.ast.Metric
import dev.quiver.grammar.ast.Statement
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/**
 * The DSL as Kotlin sees it: no platform types (the module compiles with -Werror), no `!!`, lambdas last, getters
 * as properties. Needs no engine: it checks the statements the DSL builds.
 */
class KotlinDslTest {
    private val quiver = Quiver.detached()

    @Test
    fun `column blocks read as Kotlin lambdas`() {
        val create = quiver.createCollection("films") {
            it.int64("id").primaryKey().autoId()
            it.varchar("title", 256).notNull()
            it.json("meta")
            it.floatVector("embedding", 768)
        }.dynamicField(true)

        val ast: Statement = create.toAst()
        assertThat(create.toString()).isEqualTo(
            "CREATE COLLECTION films (id INT64 PRIMARY KEY AUTO_ID, title VARCHAR(256) NOT NULL, meta JSON," +
                " embedding FLOAT_VECTOR(768)) WITH (dynamic_field = true)"
        )
        assertThat(StatementParser().parse(create.toString())).isEqualTo(ast)
    }

    @Test
    fun `searches and filters build without string concatenation`() {
        val title = "it's \"quoted\""
        val search = quiver.search("films")
            .vector("embedding", floatArrayOf(0.1f, 0.2f))
            .using(Metric.IP)
            .where(field("title").eq(title).or(arrayContains("tags", "new")).and(field("meta").key("a").index(0).isNull()))
            .limit(3)
            .select("id", "title")

        assertThat(search.toString()).isEqualTo(
            "SELECT id, title, distance() FROM films WHERE (title == \"it's \\\"quoted\\\"\" OR" +
                " array_contains(tags, \"new\")) AND meta[\"a\"][0] IS NULL ORDER BY embedding <#> [0.1, 0.2] LIMIT 3"
        )
        assertThat(StatementParser().parse(search.toString())).isEqualTo(search.toAst())
    }

    @Test
    fun `value types read as Kotlin properties`() {
        val state: LoadState = LoadState.fromMilvusName("LoadStateLoaded")

        assertThat(state.isLoaded).isTrue()
        assertThat(LoadState.entries.map { it.milvusName }).containsExactly("NotExist", "NotLoad", "Loading", "Loaded")
    }

    @Test
    fun `a detached Quiver refuses to execute with a Kotlin-catchable exception`() {
        val failure = runCatching { quiver.showCollections().execute() }.exceptionOrNull()

        assertThat(failure).isInstanceOf(QuiverException::class.java)
        assertThat((failure as? QuiverException)?.sqlState).isNull()
    }
}

package dev.quiver.examples

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.util.UUID

class QuickstartKotlinIT {

    @Test
    fun `the Kotlin quickstart prints its results`() {
        val bytes = ByteArrayOutputStream()
        PrintStream(bytes, true, Charsets.UTF_8).use { out ->
            QuickstartKotlin.run("jdbc:milvus:mem:quickstart-kotlin-${UUID.randomUUID()}", out)
        }

        assertThat(bytes.toString(Charsets.UTF_8).lines().filter { it.isNotEmpty() }).containsExactly(
            "inserted 3 movies",
            "movies is Loaded",
            "nearest after 1990: Arrival",
            "its note: (no note)",
            "  1 Alien (1979) - in space",
            "  2 Heat (1995)",
            "  3 Arrival (2016)",
            "deleted 2 movies without a note",
            "movies left: 1",
        )
    }
}

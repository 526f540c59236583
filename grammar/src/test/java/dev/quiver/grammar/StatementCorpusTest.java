package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ast.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement of the corpus parses, formats, and re-parses to an equal AST; formatting is idempotent. */
class StatementCorpusTest {
    private static final StatementParser PARSER = new StatementParser();

    static List<ScriptStatement> corpus() throws IOException {
        try (InputStream in = StatementCorpusTest.class.getResourceAsStream("/corpus/statements.sql")) {
            return StatementSplitter.split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Stream<String> statements() throws IOException {
        return corpus().stream().map(ScriptStatement::text);
    }

    @ParameterizedTest
    @MethodSource("statements")
    void roundTrips(String text) {
        Statement parsed = PARSER.parse(text);
        String formatted = StatementFormatter.format(parsed);
        Statement reparsed = PARSER.parse(formatted);
        assertThat(reparsed).as("parse(format(ast)) for %s%nformatted: %s", text, formatted).isEqualTo(parsed);
        assertThat(StatementFormatter.format(reparsed)).as("format is idempotent").isEqualTo(formatted);
    }

    @Test
    void corpusIsLargeAndCoversEveryStatementType() throws IOException {
        List<ScriptStatement> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        for (ScriptStatement statement : corpus) {
            Statement parsed = PARSER.parse(statement.text());
            seen.add(parsed.getClass());
            if (parsed instanceof dev.quiver.grammar.ast.Timed timed) {
                seen.add(timed.statement().getClass());
            }
            if (parsed instanceof dev.quiver.grammar.ast.Explain explain) {
                seen.add(explain.statement().getClass());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Statement.class.getPermittedSubclasses());
    }

    @Test
    void wholeCorpusParsesAsOneScript() throws IOException {
        String script;
        try (InputStream in = StatementCorpusTest.class.getResourceAsStream("/corpus/statements.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Statement> statements = PARSER.parseScript(script);
        assertThat(statements).hasSize(corpus().size());
        List<ScriptStatement> split = corpus();
        for (int i = 0; i < split.size(); i++) {
            assertThat(statements.get(i)).isEqualTo(PARSER.parse(split.get(i).text()));
        }
    }
}

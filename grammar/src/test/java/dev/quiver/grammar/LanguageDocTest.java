package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ast.Explain;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The language reference ({@code docs/language.md}) cannot drift from the grammar: every statement of its
 * {@code sql} blocks parses and round-trips through the formatter, and every statement kind has an example.
 */
class LanguageDocTest {
    private static final Pattern SQL_BLOCK = Pattern.compile("^```sql\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final StatementParser PARSER = new StatementParser();

    @Test
    void everyExampleParsesAndEveryStatementKindHasOne() throws IOException {
        String doc = Files.readString(languageDoc(), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        int examples = 0;
        Matcher blocks = SQL_BLOCK.matcher(doc);
        while (blocks.find()) {
            for (ScriptStatement statement : StatementSplitter.split(blocks.group(1))) {
                examples++;
                try {
                    Statement parsed = PARSER.parse(statement.text());
                    assertThat(PARSER.parse(StatementFormatter.format(parsed))).as(statement.text()).isEqualTo(parsed);
                    seen.add(parsed.getClass());
                    if (parsed instanceof Timed timed) {
                        seen.add(timed.statement().getClass());
                    }
                    if (parsed instanceof Explain explain) {
                        seen.add(explain.statement().getClass());
                    }
                } catch (RuntimeException | AssertionError e) {
                    failures.add(statement.text() + "\n    " + e.getMessage());
                }
            }
        }
        assertThat(failures).as("examples of docs/language.md that do not parse").isEmpty();
        assertThat(examples).isGreaterThan(100);
        Set<String> missing = Arrays.stream(Statement.class.getPermittedSubclasses())
                .filter(kind -> !seen.contains(kind)).map(Class::getSimpleName).collect(Collectors.toSet());
        assertThat(missing).as("statement kinds without an example in docs/language.md").isEmpty();
    }

    /** The repository's docs/language.md, found from the module's working directory upwards. */
    private static Path languageDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/language.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new AssertionError("docs/language.md not found above " + Path.of("").toAbsolutePath());
    }
}

package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated and mangled statements never escape as anything but a ParsingException with a sane position, and
 * whatever does parse still round-trips through the formatter.
 */
class ParserRobustnessTest {
    private final StatementParser parser = new StatementParser();

    @Test
    void everyPrefixOfEveryCorpusStatementParsesOrFailsCleanly() throws IOException {
        for (ScriptStatement statement : StatementCorpusTest.corpus()) {
            String text = statement.text();
            for (int end = 0; end < text.length(); end += Math.max(1, text.length() / 20)) {
                check(text.substring(0, end));
            }
        }
    }

    @Test
    void randomlyMangledStatementsParseOrFailCleanly() throws IOException {
        Random random = new Random(7);
        String alphabet = "();,[]{}'\"`?:-*<>=!.x1 ";
        List<ScriptStatement> corpus = StatementCorpusTest.corpus();
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())).text());
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && text.length() > 0; e++) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            check(text.toString());
        }
    }

    @Test
    void extremeNumbersAreRejectedNotInfinite() {
        List<String> failures = new ArrayList<>();
        for (String value : List.of("[1e999]", "[1, 2e400]", "1e999", "{1: 1e39}")) {
            try {
                parser.parse("INSERT INTO c VALUES (" + value + ")");
                failures.add(value);
            } catch (ParsingException expected) {
                assertThat(expected.getDescription()).contains("out of range");
            }
        }
        assertThat(failures).isEmpty();
    }

    private void check(String text) {
        try {
            String formatted = StatementFormatter.format(parser.parse(text));
            assertThat(parser.parse(formatted)).as("round trip of %s", text).isEqualTo(parser.parse(text));
        } catch (ParsingException e) {
            assertThat(e.getLine()).as("line of error for %s", text).isPositive();
            assertThat(e.getColumn()).as("column of error for %s", text).isPositive();
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " for: " + text, e);
        }
    }
}

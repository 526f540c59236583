package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of the statement parser and the Milvus filter parser: mutated corpus statements, mutated
 * filters and token soup either parse or fail with {@link ParsingException}, and no single parse takes more than
 * {@value #LIMIT_MILLIS} ms (measured per input after a warm-up, the best of up to four runs when one is slow; a
 * failure names the input). The number of inputs
 * per parser is {@code -Dquiver.fuzz.inputs} (default {@value #DEFAULT_INPUTS}; the {@code fuzz} Maven profile of
 * this module runs 200 000) and the seed {@code -Dquiver.fuzz.seed}.
 */
class ParserFuzzTest {
    static final int DEFAULT_INPUTS = 1500;
    static final long LIMIT_MILLIS = 100;
    private static final String ALPHABET = "();,[]{}'\"`?:-+*/%<>=!.&|^~#$\\ \t\nxyz019eE_\u00e9\u4e2d\uffff";
    private static final List<String> WORDS = List.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE",
            "INSERT", "INTO", "VALUES", "CREATE", "COLLECTION", "INDEX", "ON", "DROP", "SEARCH", "LIMIT", "ALTER",
            "USER", "PASSWORD", "REPLACE", "GRANT", "TO", "EXPLAIN", "json_contains", "array_length", "exists",
            "id", "vector", "meta['a']", "[1, 2, 3]", "'text'", "1e308", "-0", "true", "null", "(", ")", ",", "==",
            "!=", ">=", "**", "%", "\"q\"", "{a}", "[[", "]]", "(((", ")))");
    private static final List<String> FILTERS = List.of("id > 10", "id in [1, 2, 3] and title like 'a%'",
            "meta['k'] == \"v\" or not (x < 2.5)", "json_contains(tags, 'x')", "array_length(arr) >= 3",
            "1 < id < 9", "exists meta['a']", "id % 2 == 0 && score ** 2 > 4", "text_match(title, 'word')",
            "title == \"a\\\"b\"", "id not in [] or (a == 1 and (b == 2 or (c == 3)))");

    private final StatementParser parser = new StatementParser();
    private final int inputs = Integer.getInteger("quiver.fuzz.inputs", DEFAULT_INPUTS);
    private final long seed = Long.getLong("quiver.fuzz.seed", 20261206L);

    @Test
    void statementsParseOrFailWithAParsingExceptionQuickly() throws IOException {
        List<String> corpus = StatementCorpusTest.corpus().stream().map(ScriptStatement::text).toList();
        run(new Random(seed), corpus, parser::parse);
    }

    @Test
    void filtersParseOrFailWithAParsingExceptionQuickly() {
        run(new Random(seed + 1), FILTERS, MilvusExpressions::parse);
    }

    private void run(Random random, List<String> seeds, Consumer<String> parse) {
        for (String warmUp : seeds) {
            parseOnce(parse, warmUp);
        }
        for (int i = 0; i < inputs; i++) {
            String input = input(random, seeds);
            long millis = timed(parse, input);
            // A slow input is measured again: a GC pause or a busy machine slows one run, a slow parse every run.
            for (int retry = 0; retry < 3 && millis > LIMIT_MILLIS; retry++) {
                millis = Math.min(millis, timed(parse, input));
            }
            if (millis > LIMIT_MILLIS) {
                fail("parse took " + millis + " ms (limit " + LIMIT_MILLIS + ") for input " + i + " of seed " + seed
                        + ": " + input);
            }
        }
    }

    private static long timed(Consumer<String> parse, String input) {
        long start = System.nanoTime();
        parseOnce(parse, input);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void parseOnce(Consumer<String> parse, String input) {
        try {
            parse.accept(input);
        } catch (ParsingException expected) {
            // the only acceptable failure
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " for input: " + input, e);
        }
    }

    private static String input(Random random, List<String> seeds) {
        StringBuilder text;
        if (random.nextInt(4) == 0) {
            text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextBoolean() ? " " : "");
            }
        } else {
            text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
        }
        int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> text.insert(at, WORDS.get(random.nextInt(WORDS.size())));
                default -> {
                    String copy = seeds.get(random.nextInt(seeds.size()));
                    int from = random.nextInt(copy.length());
                    text.insert(at, copy, from, Math.min(copy.length(), from + 1 + random.nextInt(20)));
                }
            }
        }
        return text.toString();
    }
}

package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.expr.Expression;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement language's SQL spellings and Milvus's own spellings of a filter give equal trees, and statement
 * text rendered from a Milvus filter parses back to the same tree in the statement language.
 */
class SqlAndMilvusSpellingsTest {
    private final StatementParser statements = new StatementParser();

    @ParameterizedTest(name = "[{index}] {0}  ~  {1}")
    @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
            year = 2000                                ~ year == 2000
            a <> 1                                     ~ a != 1
            a = 1 AND b = 2                            ~ a == 1 && b == 2
            a = 1 and b = 2 and c = 3                  ~ a == 1 and b == 2 and c == 3
            a = 1 OR b = 2                             ~ a == 1 || b == 2
            a = 1 OR b = 2 AND c = 3                   ~ a == 1 || b == 2 && c == 3
            (a = 1 OR b = 2) AND c = 3                 ~ (a == 1 || b == 2) && c == 3
            x IN (1, 2)                                ~ x in [1, 2]
            x NOT IN (1, 2)                            ~ x not in [1, 2]
            x IN (1.5, 2)                              ~ x in [1.5, 2]
            x IN ('a', 'b')                            ~ x in ["a", "b"]
            id IN {ids}                                ~ id in {ids}
            x BETWEEN 1 AND 5                          ~ 1 <= x <= 5
            1 < x < 5                                  ~ 1 < x < 5
            5 > x >= 1                                 ~ 1 <= x < 5
            title = 'abc'                              ~ title == "abc"
            s = 'it''s'                                ~ s == "it's"
            NOT x IN (1, 2)                            ~ not (x in [1, 2])
            NOT (a = 1)                                ~ !(a == 1)
            name LIKE 'ab%'                            ~ name like "ab%"
            name NOT LIKE 'ab%'                        ~ not (name like "ab%")
            x IS NULL                                  ~ x is null
            x IS NOT NULL                              ~ x is not null
            meta['a']['b'] = 1                         ~ meta["a"]["b"] == 1
            $meta['color'] = 'red'                     ~ $meta["color"] == "red"
            arr[0] > 1                                 ~ arr[0] > 1
            id % 2 = 0                                 ~ id % 2 == 0
            price * 2 > 10.5                           ~ price * 2 > 10.5
            x ** 2 ** 3 > 1                            ~ x ** 2 ** 3 > 1
            -x ** 2 < 4                                ~ -x ** 2 < 4
            -x < 3                                     ~ -x < 3
            x > -5                                     ~ x > -5
            x = TRUE                                   ~ x == true
            x = 1e3                                    ~ x == 1000.0
            json_contains(tags, 'a')                   ~ json_contains(tags, "a")
            ARRAY_CONTAINS_ANY(tags, ['a', 'b'])       ~ array_contains_any(tags, ["a", "b"])
            array_length(arr) >= 2                     ~ array_length(arr) >= 2
            text_match(body, 'foo bar')                ~ text_match(body, "foo bar")
            """)
    void sqlAndMilvusSpellingsAreTheSameTree(String sql, String milvus) {
        assertThat(statements.parseExpression(sql)).isEqualTo(MilvusExpressions.parse(milvus));
    }

    static List<String> corpus() throws java.io.IOException {
        return MilvusExpressionsRoundTripTest.corpus();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void statementTextOfEveryMilvusFilterParsesBackInTheStatementLanguage(String milvus) {
        Expression tree = MilvusExpressions.parse(milvus);
        String statementText = MilvusExpressions.renderStatementText(tree);
        assertThat(statements.parseExpression(statementText)).as(statementText).isEqualTo(tree);
    }
}

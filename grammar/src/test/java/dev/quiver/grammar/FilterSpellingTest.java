package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.expr.Expression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A filter written in statement syntax (SQL spellings) and the same filter in Milvus's own syntax give equal
 * ASTs, and the statement text the formatter prints for a Milvus filter parses back to the same AST.
 */
class FilterSpellingTest {
    private final StatementParser parser = new StatementParser();

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '^', value = {
        "id = 1 => id == 1",
        "id <> 1 => id != 1",
        "a = 1 AND b = 2 => a == 1 && b == 2",
        "a = 1 OR b = 2 => a == 1 || b == 2",
        "NOT (a = 1) => not (a == 1)",
        "NOT flag => !flag",
        "id IN (1, 2, 3) => id in [1, 2, 3]",
        "id NOT IN (1, 2) => id not in [1, 2]",
        "name IN ('a', 'b') => name in [\"a\", \"b\"]",
        "x BETWEEN 1 AND 5 => 1 <= x <= 5",
        "1 < x AND x < 5 => 1 < x and x < 5",
        "5 > x > 1 => 1 < x < 5",
        "name LIKE 'ab%' => name like \"ab%\"",
        "meta IS NULL => meta is null",
        "meta IS NOT NULL => meta is not null",
        "meta['a']['b'] = 'x' => meta[\"a\"][\"b\"] == \"x\"",
        "$meta['color'] = 'red' => $meta[\"color\"] == \"red\"",
        "tags[0] = 'horror' => tags[0] == \"horror\"",
        "id % 2 = 0 => id % 2 == 0",
        "price * 2 + 1 > 10.5 => price * 2 + 1 > 10.5",
        "ARRAY_CONTAINS(tags, 'x') => array_contains(tags, \"x\")",
        "json_contains_any(meta['t'], [1, 2]) => json_contains_any(meta[\"t\"], [1, 2])",
        "array_length(tags) >= 3 => array_length(tags) >= 3",
        "text_match(title, 'ship') => text_match(title, \"ship\")",
        "id IN {ids} => id in {ids}",
        "a = -5 AND b > -2.5 => a == -5 and b > -2.5",
        "flag = TRUE => flag == True",
        "(a = 1 OR b = 2) AND c = 3 => (a == 1 or b == 2) and c == 3",
        "s = 'it''s' => s == \"it's\"",
        "s = 'line\\nbreak' => s == \"line\\nbreak\"",
    })
    void sqlAndMilvusSpellingsAgree(String statementSyntax, String milvusSyntax) {
        Expression milvus = parser.parseMilvusExpression(milvusSyntax);
        assertThat(parser.parseExpression(statementSyntax)).isEqualTo(milvus);
        assertThat(parser.parseExpression(MilvusExpressions.renderStatementText(milvus))).isEqualTo(milvus);
        assertThat(parser.parseExpression(MilvusExpressions.render(milvus))).isEqualTo(milvus);
    }
}

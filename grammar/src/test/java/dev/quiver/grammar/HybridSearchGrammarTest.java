package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.HybridSearch;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Search;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ORDER BY RRF(...) / WEIGHTED(...): the hybrid search form, its AST, its formatting and its errors. */
class HybridSearchGrammarTest {
    private static final StatementParser PARSER = new StatementParser();

    @Test
    void rrfWithKAndTwoSearches() {
        HybridSearch h = (HybridSearch) PARSER.parse(
                "SELECT id, distance() FROM c ORDER BY RRF(60, dense <=> :q1, sparse <#> :q2) LIMIT 10");
        assertThat(h.items()).containsExactly(new SelectItem.Column("id"), new SelectItem.Distance());
        assertThat(h.rerank()).isEqualTo(new HybridSearch.Rrf(new Literal.IntegerLiteral(60)));
        assertThat(h.searches()).hasSize(2);
        assertThat(h.searches().get(0).order().field()).isEqualTo("dense");
        assertThat(h.searches().get(0).order().metric()).isEqualTo(Metric.COSINE);
        assertThat(h.searches().get(1).order().metric()).isEqualTo(Metric.IP);
        assertThat(h.searches().get(1).order().vector()).isEqualTo(new Parameter.Named("q2"));
        assertThat(h.searches().get(0).filter()).isNull();
        assertThat(h.limit()).isEqualTo(new Literal.IntegerLiteral(10));
        assertThat(StatementFormatter.format(h))
                .isEqualTo("SELECT id, distance() FROM c ORDER BY RRF(60, dense <=> :q1, sparse <#> :q2) LIMIT 10");
    }

    @Test
    void weightedWithPerSearchFiltersAndLimits() {
        String text = "SELECT * FROM c WHERE tag > 1 ORDER BY WEIGHTED(0.7, 0.3, dense <-> [0.1, 0.2] WHERE id < 5"
                + " LIMIT 20, sparse <#> {1: 0.5}) LIMIT 5 OFFSET 2 WITH (norm_score = true)";
        HybridSearch h = (HybridSearch) PARSER.parse(text);
        assertThat(h.rerank()).isEqualTo(new HybridSearch.Weighted(java.util.List.of(
                new Literal.DecimalLiteral(0.7), new Literal.DecimalLiteral(0.3))));
        assertThat(h.filter()).isNotNull();
        assertThat(h.searches().get(0).filter()).isNotNull();
        assertThat(h.searches().get(0).limit()).isEqualTo(new Literal.IntegerLiteral(20));
        assertThat(h.searches().get(1).limit()).isNull();
        assertThat(PARSER.parse(StatementFormatter.format(h))).isEqualTo(h);
    }

    @Test
    void aFieldNamedRrfStillOrdersAPlainSearch() {
        assertThat(PARSER.parse("SELECT id FROM c ORDER BY rrf <-> [1, 2] LIMIT 3")).isInstanceOf(Search.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT id FROM c ORDER BY MAX(a <-> [1, 2]) LIMIT 3 | unknown reranker MAX",
        "SELECT id FROM c ORDER BY RRF(60, 61, a <-> [1, 2]) LIMIT 3 | RRF takes at most one number (k)",
        "SELECT id FROM c ORDER BY RRF(a <-> [1, 2], 60) LIMIT 3 | its numbers come before its searches",
        "SELECT id FROM c ORDER BY RRF(60) LIMIT 3 | needs at least one search",
        "SELECT id FROM c ORDER BY WEIGHTED(0.5, a <-> [1, 2], b <-> [1, 2]) LIMIT 3 | WEIGHTED needs one weight per search: 1 weight(s) for 2 search(es)",
        "SELECT id FROM c ORDER BY RRF('k', a <-> [1, 2]) LIMIT 3 | takes numbers and searches",
        "SELECT id FROM c ORDER BY RRF(a <-> [1, 2]) | a vector search needs LIMIT",
        "SELECT COUNT(*) FROM c ORDER BY RRF(a <-> [1, 2]) LIMIT 3 | COUNT(*) cannot be used in a vector search",
        "SELECT id FROM c WHERE a <-> [1, 2] < 0.5 ORDER BY RRF(a <-> [1, 2]) LIMIT 3 | cannot bound distances",
    })
    void rejectsMalformedRerankers(String statement, String message) {
        assertThatThrownBy(() -> PARSER.parse(statement)).isInstanceOf(ParsingException.class)
                .hasMessageContaining(message);
    }
}

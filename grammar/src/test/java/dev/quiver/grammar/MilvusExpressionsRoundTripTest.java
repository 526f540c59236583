package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.expr.Expression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every expression of the Milvus corpus parses, renders back and re-parses to an equal AST. */
class MilvusExpressionsRoundTripTest {

    static List<String> corpus() throws IOException {
        try (InputStream in = MilvusExpressionsRoundTripTest.class.getResourceAsStream("milvus-expressions.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void corpusHasAtLeastFortyExpressions() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void rendersBackToAnEqualTree(String milvus) {
        Expression parsed = MilvusExpressions.parse(milvus);
        String rendered = MilvusExpressions.render(parsed);
        assertThat(MilvusExpressions.parse(rendered)).as(rendered).isEqualTo(parsed);
        assertThat(MilvusExpressions.render(MilvusExpressions.parse(rendered))).isEqualTo(rendered);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void statementTextOfAMilvusExpressionIsStillMilvusSyntax(String milvus) {
        Expression parsed = MilvusExpressions.parse(milvus);
        String statementText = MilvusExpressions.renderStatementText(parsed);
        assertThat(MilvusExpressions.parse(statementText)).as(statementText).isEqualTo(parsed);
    }
}

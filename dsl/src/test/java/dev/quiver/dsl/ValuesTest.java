package dev.quiver.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.MilvusExpressions;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void floatVectorsPrintShortAndNarrowBackExactly() {
        Random random = new Random(42);
        float[] vector = new float[2000];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(vector[i])) {
                vector[i] = random.nextFloat() * 2 - 1;
            }
        }
        Expression literal = Values.vector(vector);
        Comparison parsed = (Comparison) new StatementParser().parseExpression(
                "v == " + MilvusExpressions.renderStatementText(literal));

        assertThat(((DecimalArrayLiteral) literal).toFloatArray()).containsExactly(vector);
        assertThat(parsed.right()).isEqualTo(literal);
        assertThat(((DecimalArrayLiteral) parsed.right()).toFloatArray()).containsExactly(vector);
    }

    @Test
    void commonFloatsPrintAsWritten() {
        assertThat(MilvusExpressions.renderStatementText(Values.vector(new float[] {0.1f, 0.2f, 1f, -3.25f})))
                .isEqualTo("[0.1, 0.2, 1.0, -3.25]");
    }

    @Test
    void durationsUseTheLargestExactUnit() {
        assertThat(Values.durationText(java.time.Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Values.durationText(java.time.Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(Values.durationText(java.time.Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Values.durationText(java.time.Duration.ofHours(2))).isEqualTo("2h");
    }
}

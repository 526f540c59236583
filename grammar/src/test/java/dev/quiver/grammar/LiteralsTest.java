package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.Insert;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static final StatementParser PARSER = new StatementParser();

    static Stream<Object> values() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("a", 1);
        json.put("it's", List.of("x\\y", true, 2.5));
        return Stream.of(true, 7, (short) -3, Long.MIN_VALUE, new BigInteger("9223372036854775807"), 2.5f, 0.1f,
                -1e-30, new BigDecimal("1.25"), "it's \\ \"q\"", 'c', new float[] {0.1f, -0.2f, 3f},
                new double[] {0.5, 1}, new long[] {1, 2}, new int[] {3}, List.of(1, 2.5f), List.of("a", 1),
                List.of(), new float[0], new byte[] {0x0F, 0x3C}, Map.of(17L, 0.25f, 3, 0.5f), json,
                new Object[] {List.of(1, 2), "z"});
    }

    @ParameterizedTest
    @MethodSource("values")
    void aLiteralEqualsTheParseOfItsOwnText(Object value) {
        Expression literal = Literals.toLiteral(value);
        assertThat(parseValue(Literals.toText(value))).isEqualTo(literal);
    }

    @Test
    void shapesFollowTheParser() {
        assertThat(Literals.toLiteral(List.of())).isEqualTo(new ArrayLiteral(List.of()));
        assertThat(Literals.toLiteral(new float[0])).isEqualTo(new ArrayLiteral(List.of()));
        assertThat(Literals.toLiteral(new long[0])).isEqualTo(new ArrayLiteral(List.of()));
        assertThat(Literals.toLiteral(List.of(1, 2L))).isEqualTo(new IntegerArrayLiteral(new long[] {1, 2}));
        assertThat(Literals.toLiteral(List.of(1, 0.5))).isEqualTo(new DecimalArrayLiteral(new double[] {1, 0.5}));
        assertThat(Literals.toLiteral(0.1f)).isEqualTo(Literal.of(0.1));
        assertThat(Literals.toText(new float[] {0.1f, 1f})).isEqualTo("[0.1, 1.0]");
        assertThat(Literals.toLiteral(Map.of(17L, 0.25f, 3L, 0.5f)))
                .isEqualTo(new SparseVectorLiteral(new long[] {3, 17}, new float[] {0.5f, 0.25f}));
        assertThat(Literals.toText("it's \\")).isEqualTo("\"it's \\\\\"");
        assertThat(Literals.quote("a'b")).isEqualTo("'a''b'");
    }

    @Test
    void literalsConvertBackToJava() {
        assertThat(Literals.toJava(Literals.toLiteral(List.of(1, 2)))).isEqualTo(List.of(1L, 2L));
        assertThat(Literals.toJava(Literals.toLiteral(new float[] {0.5f}))).isEqualTo(List.of(0.5));
        assertThat(Literals.toJava(Literals.toLiteral(Map.of(3L, 0.5f)))).isEqualTo(Map.of(3L, 0.5f));
        assertThat(Literals.toJava(Literals.toLiteral(Map.of("a", List.of("b")))))
                .isEqualTo(Map.of("a", List.of("b")));
        assertThat(Literals.toJava(new Literal.NullLiteral())).isNull();
        assertThat((byte[]) Literals.toJava(Literals.toLiteral(new byte[] {1, 2}))).containsExactly(1, 2);
        assertThat(Literals.toJava(new Negate(Literal.of(5L)))).isEqualTo(-5L);
        assertThatThrownBy(() -> Literals.toJava(FieldRef.of("year")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("year is not a literal");
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Literals.toLiteral(new java.util.Date()))
                .isInstanceOf(Literals.UnsupportedValueException.class)
                .hasMessageStartingWith("cannot write a value of java.util.Date as a literal");
        assertThatThrownBy(() -> Literals.toLiteral(List.of(Thread.State.NEW)))
                .isInstanceOfSatisfying(Literals.UnsupportedValueException.class,
                        e -> assertThat(e.getValueClass()).isEqualTo(Thread.State.class));
        assertThatThrownBy(() -> Literals.toLiteral(BigInteger.ONE.shiftLeft(63)))
                .hasMessage("9223372036854775808 does not fit a 64-bit integer");
        assertThatThrownBy(() -> Literals.toLiteral(new float[] {Float.NaN}))
                .hasMessage("the number NaN has no literal form");
        assertThatThrownBy(() -> Literals.toLiteral(Map.of(1L, "x")))
                .hasMessage("a sparse vector maps indices to numbers; index 1 maps to a String");
        assertThatThrownBy(() -> Literals.toLiteral(Map.of(1.5, 2)))
                .hasMessage("a JSON object needs string keys, got a Double");
    }

    @Test
    void otherClassesGoToTheCallersConversionAlsoInsideLists() {
        Expression converted = Literals.toLiteral(List.of(Thread.State.NEW, 1),
                other -> Literal.of(((Enum<?>) other).name()));
        assertThat(converted).isEqualTo(new ArrayLiteral(List.of(Literal.of("NEW"), Literal.of(1L))));
    }

    private static Expression parseValue(String text) {
        Insert insert = (Insert) PARSER.parse("INSERT INTO c (v) VALUES (" + text + ")");
        return ((InsertSource.Values) insert.source()).rows().get(0).get(0);
    }
}

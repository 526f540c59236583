package dev.quiver.driver.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.Query;
import dev.quiver.grammar.ast.Search;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParameterBindingTest {
    private static final StatementParser PARSER = new StatementParser();

    static Stream<Arguments> values() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("a", 1);
        json.put("b", List.of("x", true));
        return Stream.of(
                Arguments.of(null, new Literal.NullLiteral()),
                Arguments.of(true, Literal.of(true)),
                Arguments.of(7, Literal.of(7L)),
                Arguments.of((short) 3, Literal.of(3L)),
                Arguments.of(2.5f, Literal.of(2.5)),
                Arguments.of(new BigDecimal("1.25"), Literal.of(1.25)),
                Arguments.of("it's", Literal.of("it's")),
                Arguments.of(new float[] {0.5f, 1f}, new DecimalArrayLiteral(new double[] {0.5, 1.0})),
                Arguments.of(List.of(0.5f, 1f), new DecimalArrayLiteral(new double[] {0.5, 1.0})),
                Arguments.of(new long[] {1, 2}, new IntegerArrayLiteral(new long[] {1, 2})),
                Arguments.of(List.of(1, 2L), new IntegerArrayLiteral(new long[] {1, 2})),
                Arguments.of(new byte[] {0x0F, 0x3C}, new BinaryLiteral(new byte[] {0x0F, 0x3C})),
                Arguments.of(Map.of(17L, 0.25f, 3L, 0.5f), new SparseVectorLiteral(new long[] {3, 17}, new float[] {0.5f, 0.25f})),
                Arguments.of(json, new ObjectLiteral(List.of(new ObjectLiteral.Entry("a", Literal.of(1L)),
                        new ObjectLiteral.Entry("b", new ArrayLiteral(List.of(Literal.of("x"), Literal.of(true))))))),
                Arguments.of(List.of("a", "b"), new ArrayLiteral(List.of(Literal.of("a"), Literal.of("b")))),
                Arguments.of(List.of(), new ArrayLiteral(List.of())));
    }

    @ParameterizedTest
    @MethodSource("values")
    void javaValuesBecomeLiterals(Object value, Expression expected) throws SQLException {
        assertThat(ValueLiterals.toExpression(value, "parameter 1")).isEqualTo(expected);
    }

    @Test
    void unsupportedClassesAreRejected() {
        assertThatThrownBy(() -> ValueLiterals.toExpression(new java.util.Date(), "parameter 2"))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("cannot bind a value of class java.util.Date to parameter 2; use a number");
    }

    @Test
    void positionalLayoutAndBinding() throws SQLException {
        Statement statement = PARSER.parse("SELECT id FROM films WHERE id > ? AND title = ? LIMIT 5");
        ParameterLayout layout = ParameterLayout.of(statement);
        assertThat(layout.count()).isEqualTo(2);
        assertThat(layout.isNamed()).isFalse();
        ParameterBindings.Builder b = ParameterBindings.builder(layout);
        b.set(1, 10L);
        assertThatThrownBy(() -> b.snapshot().checkComplete()).isInstanceOf(SQLDataException.class)
                .hasMessage("parameter 2 is not bound (the statement has 2 parameters)");
        assertThatThrownBy(() -> b.set(3, "x")).hasMessage("parameter index 3 is out of range: the statement has 2 parameters");
        b.set(2, "Alien");
        assertThat(b.snapshot().bind(filter(statement)))
                .isEqualTo(filter(PARSER.parse("SELECT id FROM films WHERE id > 10 AND title = 'Alien' LIMIT 5")));
    }

    @Test
    void namedParametersAreNumberedByFirstAppearance() throws SQLException {
        Statement statement = PARSER.parse("SELECT id FROM films WHERE year > :y AND title = :t AND year < :y");
        ParameterLayout layout = ParameterLayout.of(statement);
        assertThat(layout.names()).containsExactly("y", "t");
        assertThat(layout.indexOf(":t")).isEqualTo(2);
        assertThat(layout.indexOf(new Parameter.Named("y"))).isEqualTo(1);
        assertThatThrownBy(() -> layout.indexOf("z")).hasMessage("the statement has no parameter :z; its parameters are :y, :t");
        ParameterBindings.Builder b = ParameterBindings.builder(layout);
        b.set(1, 1990);
        assertThatThrownBy(() -> b.snapshot().checkComplete()).hasMessage(":t is not bound (the statement has 2 parameters)");
        b.set(2, "Alien");
        assertThat(b.snapshot().bind(filter(statement)))
                .isEqualTo(filter(PARSER.parse("SELECT id FROM films WHERE year > 1990 AND title = 'Alien' AND year < 1990")));
    }

    @Test
    void vectorParametersBindAsVectors() throws SQLException {
        Statement statement = PARSER.parse("SELECT id FROM films ORDER BY embedding <-> ? LIMIT 3");
        ParameterBindings.Builder b = ParameterBindings.builder(ParameterLayout.of(statement));
        b.set(1, new float[] {0.5f, 0.25f});
        assertThat(b.snapshot().bind(((Search) statement).orderBy().vector()))
                .isEqualTo(((Search) PARSER.parse("SELECT id FROM films ORDER BY embedding <-> [0.5, 0.25] LIMIT 3"))
                        .orderBy().vector());
    }

    @Test
    void statementsWithoutParametersAreUntouched() throws SQLException {
        Statement statement = PARSER.parse("SHOW DATABASES");
        assertThat(ParameterLayout.of(statement)).isEqualTo(ParameterLayout.NONE);
        Expression filter = filter(PARSER.parse("SELECT id FROM films WHERE id IN [1, 2] AND title LIKE 'A%'"));
        assertThat(ParameterBindings.none().bind(filter)).isSameAs(filter);
    }

    @Test
    void parametersNestedInLiteralsAndFunctionsAreBoundInPlace() throws SQLException {
        Statement statement = PARSER.parse("SELECT id FROM films WHERE id IN [?, 3] AND json_contains(tags, ?) LIMIT ?");
        ParameterBindings.Builder b = ParameterBindings.builder(ParameterLayout.of(statement));
        assertThat(b.layout().count()).isEqualTo(3);
        b.set(1, 7L);
        b.set(2, "x");
        b.set(3, 4);
        ParameterBindings bindings = b.snapshot();
        Query expected = (Query) PARSER.parse("SELECT id FROM films WHERE id IN [7, 3] AND json_contains(tags, 'x') LIMIT 4");
        assertThat(bindings.bind(filter(statement))).isEqualTo(expected.filter());
        assertThat(bindings.bind(((Query) statement).limit())).isEqualTo(expected.limit());
    }

    @Test
    void everyStatementKindHoldingAnExpressionIsScanned() {
        Set<Class<?>> holding = new HashSet<>();
        for (Class<?> kind : Statement.class.getPermittedSubclasses()) {
            if (reachesExpression(kind, new HashSet<>())) {
                holding.add(kind);
            }
        }
        assertThat(holding).isNotEmpty().containsExactlyInAnyOrderElementsOf(ParameterScan.STATEMENTS_WITH_VALUES);
    }

    /** Whether a record's components (through lists, nested records and sealed interfaces) can hold an expression. */
    private static boolean reachesExpression(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).anyMatch(t -> reachesExpression(t, seen));
        }
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        if (Expression.class.isAssignableFrom(c) || c == Statement.class) {
            return true;
        }
        if (c.isSealed()) {
            return Arrays.stream(c.getPermittedSubclasses()).anyMatch(s -> reachesExpression(s, seen));
        }
        return c.isRecord() && Arrays.stream(c.getRecordComponents())
                .anyMatch(rc -> reachesExpression(rc.getGenericType(), seen));
    }

    private static Expression filter(Statement statement) {
        return statement instanceof Query q ? q.filter() : ((Search) statement).filter();
    }
}

package dev.quiver.grammar;

import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.internal.milvus.ExpressionRenderer;
import dev.quiver.grammar.internal.milvus.MilvusExpressionReader;

/**
 * Milvus boolean filter expressions: parsing Milvus's own filter syntax into the expression AST of
 * {@code dev.quiver.grammar.expr}, and rendering the AST as Milvus expression text or as Quiver statement text.
 *
 * <h2>Syntax accepted by {@link #parse}</h2>
 * Comparisons {@code == != < <= > >=}; chained ranges {@code 1 < x <= 5} and {@code 5 >= x > 1};
 * {@code x in [..]}, {@code x not in [..]}, {@code x in {tmpl}}; {@code like}; {@code and &&}, {@code or ||},
 * {@code not !}; parentheses; arithmetic {@code + - * / % **}; {@code is null}, {@code is not null} (any case);
 * field paths {@code meta["a"]["b"]}, {@code meta['a'][0]}, {@code $meta["key"]}, {@code arr[0]}; the functions
 * {@code json_contains}, {@code json_contains_all}, {@code json_contains_any}, {@code array_contains},
 * {@code array_contains_all}, {@code array_contains_any}, {@code array_length}, {@code text_match} and
 * {@code phrase_match} (any case); integers (decimal, {@code 0x}, {@code 0o} or leading-{@code 0} octal,
 * {@code 0b}), decimals with exponents, {@code true True TRUE false False FALSE}, strings in double or single quotes
 * with C escapes, raw strings {@code r"..."}, lists {@code [..]} (a trailing comma allowed) and template variables
 * {@code {name}}. Keywords are written as Milvus spells them: all lower or all upper case.
 *
 * <h2>Precedence</h2>
 * Milvus's, tightest first: {@code like}; {@code **}; prefix {@code - + not !}; {@code * / %}; {@code + -};
 * {@code [not] in}; ranges and {@code < <= > >=}; {@code == !=}; {@code and}; {@code or}. Every binary operator is
 * left-associative. As in Milvus, {@code not} binds tighter than comparisons: {@code not a == b} is
 * {@code (not a) == b}; write {@code not (a == b)}.
 *
 * <h2>AST conventions (shared with the statement parser, so that SQL and Milvus spellings give equal trees)</h2>
 * <ul>
 *   <li>{@code a and b and c} is {@code And(And(a, b), c)}; the same for {@code or} and arithmetic (left-assoc).</li>
 *   <li>{@code not x} and {@code !x} are {@code Not(x)}.</li>
 *   <li>{@code x not in [..]} is {@code In(x, list, true)}; {@code x is not null} is {@code NullTest(x, true)}.</li>
 *   <li>Chained ranges are {@link dev.quiver.grammar.expr.Range} with the smaller bound first: {@code 5 >= x > 1}
 *       is {@code Range(1, false, x, 5, true)}.</li>
 *   <li>Comparisons keep their operand order: {@code 5 < x} stays {@code Comparison(5, LESS, x)}.</li>
 *   <li>A minus directly before a number is folded into the literal ({@code -5} is {@code IntegerLiteral(-5)});
 *       before anything else, including a parenthesised number, it is {@code Negate}. A unary plus is dropped.</li>
 *   <li>Lists of integers are {@code IntegerArrayLiteral}; lists of numbers with at least one decimal are
 *       {@code DecimalArrayLiteral}; any other list, and {@code []}, is {@code ArrayLiteral}. List elements must be
 *       literals, lists or template variables.</li>
 *   <li>Parentheses leave no node. Function names are lower-cased. {@code $meta} stays the field name
 *       {@code "$meta"}: {@code $meta["k"]} is {@code FieldRef("$meta", [Key("k")])}.</li>
 * </ul>
 *
 * <h2>Rendering</h2>
 * Both renderers print the fewest parentheses that keep the tree's shape, plus a few that make the text mean the
 * same under Milvus's precedence and SQL's: around boolean operands of comparisons, {@code in}, {@code like} and
 * arithmetic (so {@code (not a) == b}), and around a {@code **} operand of {@code **}. For every tree {@code parse}
 * produces, {@code parse(render(e)).equals(e)}, and the statement parser reads {@code renderStatementText(e)} back
 * as {@code e}.
 * Strings are double-quoted with {@code \" \\ \n \r \t} and {@code \\uXXXX} escapes; decimals use
 * {@link Double#toString(double)}; integers are decimal. A range whose subject is not a field is printed as two
 * comparisons joined by {@code and} (as {@code BETWEEN} in statement text when both bounds are inclusive).
 *
 * <p>All methods are static, thread-safe, and never return null.
 */
public final class MilvusExpressions {
    private MilvusExpressions() {
    }

    /**
     * Parses Milvus filter syntax into the expression AST.
     *
     * @throws ParsingException with line, column, offending token and expected tokens for a syntax error, e.g.
     *     {@code line 1:6: mismatched input ']'. Expecting: ...}; for a bad literal or escape, an unknown function or a
     *     wrong number of arguments; and {@code expression too large} for nesting deeper than the parser supports
     */
    public static Expression parse(String milvusText) {
        return ParsingErrors.translated(() -> MilvusExpressionReader.parse(milvusText));
    }

    /**
     * Renders an expression as Milvus expression text that Milvus's own parser accepts.
     *
     * @throws IllegalArgumentException naming the parameter for an unbound {@code Parameter}; for values Milvus has
     *     no syntax for (NULL, sparse vectors, binary values, JSON objects, non-finite numbers), a field name Milvus
     *     cannot write (not an identifier, or a Milvus keyword), and a null test on something other than a field
     */
    public static String render(Expression e) {
        return ExpressionRenderer.MILVUS.render(e);
    }

    /**
     * Renders an expression as Quiver statement text: like {@link #render}, but parameters print as {@code ?} and
     * {@code :name}, sparse vectors as {@code {3: 0.5, 17: 0.25}}, binary values as {@code x'0F3C'}, JSON objects
     * as {@code {"k": v}}, NULL as {@code NULL}, keywords in upper case, and field names that are not plain
     * identifiers (or are operator words) in backticks.
     *
     * @throws IllegalArgumentException for non-finite numbers
     */
    public static String renderStatementText(Expression e) {
        return ExpressionRenderer.STATEMENT.render(e);
    }
}

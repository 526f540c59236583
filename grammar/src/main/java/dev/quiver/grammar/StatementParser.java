package dev.quiver.grammar;

import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.internal.QuiverParsing;
import java.util.List;

/**
 * Parses Quiver statement text into the immutable AST of {@code dev.quiver.grammar.ast}.
 *
 * <p>Every problem, syntax or semantic (duplicate columns, a vector search without LIMIT, a DELETE without
 * WHERE, ...), is a {@link ParsingException} with the line and column at fault; statements nested too deeply
 * fail with "statement too large", never with a {@link StackOverflowError}. Positional parameters {@code ?}
 * are numbered from 1 in text order within each statement.
 *
 * <p>Instances hold no state: they are thread-safe and may be shared and reused.
 */
public final class StatementParser {

    /** Creates a parser; instances are cheap and stateless. */
    public StatementParser() {
    }

    /**
     * Parses one statement, optionally followed by {@code ;}. A {@code TIMEOUT} suffix yields a
     * {@link dev.quiver.grammar.ast.Timed} wrapping the statement.
     *
     * @throws ParsingException when the text is not exactly one valid statement
     */
    public Statement parse(String statement) {
        return ParsingErrors.translated(() -> QuiverParsing.parseStatement(statement));
    }

    /**
     * Parses a script: statements separated by {@code ;} (optional after the last one). An empty script gives an
     * empty list.
     *
     * @throws ParsingException at the first invalid statement; positions are relative to the whole script
     */
    public List<Statement> parseScript(String script) {
        return ParsingErrors.translated(() -> QuiverParsing.parseScript(script));
    }

    /**
     * Parses a filter in statement syntax, as written after WHERE; SQL spellings ({@code =}, {@code <>},
     * {@code AND}, {@code IN (..)}, {@code BETWEEN}) and Milvus spellings ({@code ==}, {@code &&}, {@code in [..]},
     * double-quoted strings) give the same AST.
     *
     * @throws ParsingException when the text is not a valid filter
     */
    public Expression parseExpression(String filter) {
        return ParsingErrors.translated(() -> QuiverParsing.parseExpression(filter));
    }

    /**
     * Parses a filter in Milvus's own boolean-expression syntax (as official clients send it), including template
     * variables {@code {name}}; see {@link MilvusExpressions#parse(String)}.
     *
     * @throws ParsingException when the text is not a valid Milvus expression
     */
    public Expression parseMilvusExpression(String milvusText) {
        return MilvusExpressions.parse(milvusText);
    }
}

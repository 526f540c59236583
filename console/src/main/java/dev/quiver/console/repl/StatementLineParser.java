package dev.quiver.console.repl;

import dev.quiver.grammar.IncrementalSplitter;
import dev.quiver.grammar.IncrementalSplitter.Context;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when Enter ends the input: when the buffer is a meta-command or {@code exit}/{@code quit}, or when every statement in it is
 * ended by a semicolon outside strings and comments (as the grammar's {@link IncrementalSplitter} cuts
 * statements), or when it holds only whitespace and comments. Otherwise Enter starts a continuation line. Words
 * for completion are split on whitespace.
 */
final class StatementLineParser extends DefaultParser {

    StatementLineParser() {
        setEscapeChars(null);
        setQuoteChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
            throw new EOFError(-1, -1, "the statement is not finished: end it with ;", ";");
        }
        return super.parse(line, cursor, ParseContext.COMPLETE);
    }

    static boolean isComplete(String buffer) {
        String stripped = buffer.strip();
        if (stripped.isEmpty() || stripped.startsWith("\\") || Repl.isExit(buffer)) {
            return true;
        }
        IncrementalSplitter splitter = new IncrementalSplitter();
        splitter.feed(buffer);
        Context context = splitter.context();
        return !splitter.isInsideStatement() && (context == Context.CODE || context == Context.LINE_COMMENT);
    }
}

package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid Milvus expressions fail with a precise message: line, column, offending token, what was expected. */
class MilvusExpressionsErrorTest {
    private static final String OPERAND = "'(', '[', '{', '+', '-', 'not', 'iso', 'interval', boolean, decimal, "
            + "integer, string, '$meta', identifier";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id ==                      | line 1:6: unexpected end of input. Expecting: OPERAND
            id == 5 5                  | line 1:9: mismatched input '5'. Expecting: end of input
            id = 5                     | line 1:4: unexpected character '=' (Milvus compares with '==')
            (a > 1                     | line 1:7: unexpected end of input. Expecting: ')'
            a > 1)                     | line 1:6: mismatched input ')'. Expecting: end of input
            id in [1, 2                | line 1:12: unexpected end of input. Expecting: ']', ','
            name like                  | line 1:10: unexpected end of input. Expecting: OPERAND
            @x > 1                     | line 1:1: unexpected character '@'
            $ > 1                      | line 1:1: unexpected character '$'
            s == "abc                  | line 1:6: unterminated string literal "abc
            s == "a\\qb"               | line 1:8: invalid escape sequence '\\q' in string literal
            s == "\\x4"                | line 1:7: invalid escape sequence '\\x4' in string literal
            s == "\\777"               | line 1:7: invalid escape sequence '\\777' in string literal
            x == 99999999999999999999  | line 1:6: integer 99999999999999999999 is out of range (64-bit)
            x == -9223372036854775809  | line 1:7: integer -9223372036854775809 is out of range (64-bit)
            x == 09                    | line 1:6: invalid octal literal '09'
            x == 1e999                 | line 1:6: number 1e999 is out of range (64-bit floating point)
            foo(x) > 1                 | line 1:1: unknown function 'foo'
            array_length(a, b) == 1    | line 1:1: function array_length takes 1 argument, got 2
            json_contains(a)           | line 1:1: function json_contains takes 2 arguments, got 1
            phrase_match(t)            | line 1:1: function phrase_match takes 2 or 3 arguments, got 1
            text_match(meta["a"], "x") | line 1:12: the first argument of text_match must be a field name
            array_length(1) > 0        | line 1:14: the first argument of array_length must be a field or a JSON path
            x in [a, 1]                | line 1:7: array elements must be literals or template variables
            meta[-1] > 0               | line 1:6: mismatched input '-'. Expecting: integer, string
            meta[a] > 0                | line 1:6: mismatched input 'a'. Expecting: integer, string
            and x                      | line 1:1: mismatched input 'and'. Expecting: OPERAND
            x == 1 and                 | line 1:11: unexpected end of input. Expecting: OPERAND
            {1}                        | line 1:2: mismatched input '1'. Expecting: identifier
            {x                         | line 1:3: unexpected end of input. Expecting: '}'
            x >                        | line 1:4: unexpected end of input. Expecting: OPERAND
            x is nul                   | line 1:3: mismatched input 'is'. Expecting: end of input, '[', '<=', '>=', '==', '!=', '<', '>', '**', '+', '-', '*', '/', '%', 'and', 'or', 'not', 'in', 'like', 'is null', 'is not null'
            ``                         | line 1:1: unexpected end of input. Expecting: OPERAND
            """)
    void reportsWhereAndWhat(String milvus, String message) {
        String expected = message.replace("OPERAND", OPERAND);
        assertThatThrownBy(() -> MilvusExpressions.parse(milvus))
                .isInstanceOf(ParsingException.class)
                .hasMessage(expected);
    }

    @Test
    void errorsCarryTheirPartsSeparately() {
        ParsingException e = catchThrowableOfType(() -> MilvusExpressions.parse("a == 1 and\n  b == 2 c"),
                ParsingException.class);
        assertThat(e.getLine()).isEqualTo(2);
        assertThat(e.getColumn()).isEqualTo(10);
        assertThat(e.getOffendingToken()).isEqualTo("c");
        assertThat(e.getExpected()).containsExactly("end of input");
        assertThat(e.getDescription()).isEqualTo("mismatched input 'c'. Expecting: end of input");
    }

    @Test
    void endOfInputHasNoOffendingToken() {
        ParsingException e = catchThrowableOfType(() -> MilvusExpressions.parse("a in"), ParsingException.class);
        assertThat(e.getOffendingToken()).isNull();
        assertThat(e.getExpected()).isEqualTo(List.of(OPERAND.split(", ")));
    }
}

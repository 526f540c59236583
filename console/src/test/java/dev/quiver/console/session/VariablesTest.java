package dev.quiver.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariablesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "SELECT * FROM :coll LIMIT :n                 | SELECT * FROM films LIMIT 10",
        "SELECT * FROM c WHERE name = :'who'          | SELECT * FROM c WHERE name = 'O''Brien'",
        "SELECT * FROM c WHERE s = ':coll'            | SELECT * FROM c WHERE s = ':coll'",
        "SELECT * FROM c -- :coll                     | SELECT * FROM c -- :coll",
        "SELECT * FROM c /* :coll */ WHERE id = :n    | SELECT * FROM c /* :coll */ WHERE id = 10",
        "SELECT * FROM c WHERE id = :unknown          | SELECT * FROM c WHERE id = :unknown",
        "SELECT * FROM c WHERE m = {3:n}              | SELECT * FROM c WHERE m = {3:n}",
        "SELECT `:coll` FROM c                        | SELECT `:coll` FROM c",
        "SELECT * FROM c WHERE a = :'who' AND b = ':n' AND d = :n-1 | SELECT * FROM c WHERE a = 'O''Brien' AND b = ':n' AND d = 10-1",
        "SELECT * FROM c WHERE a = :'nobody' AND b = :'n''x'  | SELECT * FROM c WHERE a = :'nobody' AND b = :'n''x'",
    })
    void substitutesSetVariablesOutsideStringsAndComments(String text, String expected) {
        Variables variables = new Variables();
        variables.set("coll", "films");
        variables.set("n", "10");
        variables.set("who", "O'Brien");
        assertThat(variables.substitute(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1abc", "a-b", "''"})
    void rejectsNamesThatAreNoIdentifiers(String name) {
        assertThatThrownBy(() -> new Variables().set(name, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid variable name '" + name + "': use letters, digits and _");
    }
}

package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.internal.QuiverSqlLexer;
import dev.quiver.grammar.internal.completion.NameRoles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Completion follows the grammar: the keywords and the kinds of names it accepts at the caret. */
class CompletionsTest {
    private static Completion atEnd(String text) {
        return Completions.at(text, text.length());
    }

    @Test
    void afterFromOnlyACollectionFits() {
        Completion completion = atEnd("SELECT * FROM ");
        assertThat(completion.nameKinds()).containsExactly(NameKind.COLLECTION);
        assertThat(completion.keywords()).isEmpty();
        assertThat(completion.wordStart()).isEqualTo(14);
    }

    @Test
    void theWordBeingTypedIsSetAside() {
        Completion completion = atEnd("select * from fi");
        assertThat(completion.nameKinds()).containsExactly(NameKind.COLLECTION);
        assertThat(completion.wordStart()).isEqualTo(14);
        Completion keyword = atEnd("SELECT * FR");
        assertThat(keyword.keywords()).contains("FROM");
        assertThat(keyword.wordStart()).isEqualTo(9);
    }

    @Test
    void dropCollectionTakesACollectionOrIfExists() {
        Completion completion = atEnd("DROP COLLECTION ");
        assertThat(completion.nameKinds()).containsExactly(NameKind.COLLECTION);
        assertThat(completion.keywords()).containsExactly("IF");
    }

    @Test
    void showOffersOnlyWhatMayFollowShow() {
        Completion completion = atEnd("SHOW ");
        assertThat(completion.nameKinds()).isEmpty();
        assertThat(completion.keywords()).contains("COLLECTIONS", "TABLES", "PARTITIONS", "INDEXES", "VERSION",
                "LOAD", "DATABASES", "SETTINGS", "CREATE").doesNotContain("SELECT", "FROM", "DROP", "WHERE");
    }

    @Test
    void aFilterTakesFieldsOfTheStatementsCollection() {
        Completion completion = atEnd("SELECT id FROM films WHERE ");
        assertThat(completion.nameKinds()).contains(NameKind.FIELD, NameKind.FUNCTION)
                .doesNotContain(NameKind.COLLECTION, NameKind.PARTITION);
        assertThat(completion.collections()).containsExactly("films");
        assertThat(completion.keywords()).contains("NOT", "TRUE").doesNotContain("SELECT", "LIMIT");
    }

    @Test
    void theSelectListKnowsTheCollectionNamedAfterTheCaret() {
        String text = "SELECT  FROM `my films` WHERE id > 1";
        Completion completion = Completions.at(text, 7);
        assertThat(completion.nameKinds()).contains(NameKind.FIELD);
        assertThat(completion.keywords()).contains("COUNT", "DISTANCE");
        assertThat(completion.collections()).containsExactly("my films");
    }

    @Test
    void partitionsOrderByAndIndexes() {
        assertThat(atEnd("SELECT * FROM films PARTITION ").nameKinds()).containsExactly(NameKind.PARTITION);
        assertThat(atEnd("LOAD PARTITIONS p1, ").nameKinds()).containsExactly(NameKind.PARTITION);
        assertThat(atEnd("LOAD PARTITIONS p1, p2 FROM ").nameKinds()).containsExactly(NameKind.COLLECTION);
        assertThat(atEnd("SELECT * FROM films ORDER BY ").nameKinds()).contains(NameKind.FIELD);
        assertThat(atEnd("DROP INDEX ").nameKinds()).containsExactly(NameKind.INDEX);
        assertThat(atEnd("CREATE INDEX ON films (").nameKinds()).containsExactly(NameKind.FIELD);
        assertThat(atEnd("CREATE COLLECTION c (id INT64 PRIMARY KEY, v ").nameKinds())
                .containsExactly(NameKind.FIELD_TYPE);
        assertThat(atEnd("CREATE COLLECTION ").nameKinds()).containsExactly(NameKind.NEW_NAME);
    }

    @Test
    void onlyTheStatementAroundTheCaretCounts() {
        Completion completion = Completions.at("SHOW VERSION; DROP COLLECTION x; SHOW ", 38);
        assertThat(completion.keywords()).contains("COLLECTIONS");
        assertThat(atEnd("SELEC * FROM ").isEmpty()).as("nothing fits after a syntax error").isTrue();
    }

    @Test
    void copyTakesAQuotedPath() {
        Completion completion = atEnd("COPY films FROM '/tmp/fi");
        assertThat(completion.nameKinds()).containsExactly(NameKind.FILE_PATH);
        assertThat(completion.wordStart()).isEqualTo(16);
        assertThat(atEnd("COPY films TO ").nameKinds()).containsExactly(NameKind.FILE_PATH);
    }

    @Test
    void everyPlaceTheGrammarReadsANameHasARole() {
        assertThat(NameRoles.unknownSites()).as("call sites of identifier/string without a role in NameRoles")
                .isEmpty();
        assertThat(NameRoles.staleEntries()).as("NameRoles entries the grammar no longer has").isEmpty();
    }

    /**
     * At every token of every corpus statement, completion offers that token: its keyword, or a kind of name
     * when it is a name. Together the statements reach every keyword of the lexer, so a keyword the grammar gains
     * that completion does not offer somewhere fails here (the corpus must then show the keyword in use).
     */
    @Test
    void everyTokenOfTheCorpusIsOfferedWhereItStands() throws IOException {
        List<String> failures = new ArrayList<>();
        Set<String> offered = new TreeSet<>();
        for (ScriptStatement statement : StatementCorpusTest.corpus()) {
            String text = statement.text();
            QuiverSqlLexer lexer = new QuiverSqlLexer(CharStreams.fromString(text));
            for (Token token : lexer.getAllTokens()) {
                if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                    continue;
                }
                Completion completion = Completions.at(text, token.getStartIndex());
                String word = keyword(token.getType());
                offered.addAll(completion.keywords());
                boolean isName = token.getType() == QuiverSqlLexer.IDENTIFIER
                        || token.getType() == QuiverSqlLexer.QUOTED_IDENTIFIER;
                boolean fits = word != null ? completion.keywords().contains(word) || !completion.nameKinds().isEmpty()
                        : !isName || !completion.nameKinds().isEmpty();
                if (!fits) {
                    failures.add(text.substring(0, token.getStartIndex()) + "‸" + token.getText() + " → " + completion);
                }
            }
        }
        assertThat(failures).as("tokens completion does not offer where the corpus has them").isEmpty();
        assertThat(offered).as("keywords the lexer has").containsAll(lexerKeywords());
    }

    private static String keyword(int type) {
        String literal = QuiverSqlLexer.VOCABULARY.getLiteralName(type);
        return literal != null && literal.matches("'[A-Z_]+'") ? literal.substring(1, literal.length() - 1) : null;
    }

    /** Read straight from the generated lexer, independently of {@link Vocabulary#keywords()}. */
    private static Set<String> lexerKeywords() {
        org.antlr.v4.runtime.Vocabulary vocabulary = QuiverSqlLexer.VOCABULARY;
        Set<String> keywords = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String word = keyword(type);
            if (word != null) {
                keywords.add(word);
            }
        }
        return keywords;
    }
}

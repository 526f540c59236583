package dev.quiver.console.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ast.DataType;
import dev.quiver.grammar.expr.FilterFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab completion against the embedded engine's live catalog, through JLine's parser and a dumb test terminal:
 * what the grammar accepts at the cursor, filled with the collection, partition and field names of the catalog.
 */
class StatementCompleterTest {
    @TempDir
    Path directory;

    private Connection connection;
    private NameCache names;
    private StatementCompleter completer;
    private Terminal terminal;
    private LineReader reader;

    @BeforeEach
    void catalog() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:milvus:mem:completion-" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(64), "
                    + "embedding FLOAT_VECTOR(2))");
            statement.execute("CREATE COLLECTION books (isbn VARCHAR(20) PRIMARY KEY, author VARCHAR(64), "
                    + "v FLOAT_VECTOR(2))");
            statement.execute("CREATE PARTITION p2024 IN films");
        }
        names = new NameCache(() -> connection);
        completer = new StatementCompleter(names);
        terminal = TerminalBuilder.builder().dumb(true).streams(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream()).build();
        reader = LineReaderBuilder.builder().terminal(terminal).parser(new StatementLineParser()).build();
    }

    @AfterEach
    void close() throws SQLException, IOException {
        connection.close();
        terminal.close();
    }

    private List<String> complete(String buffer) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, reader.getParser().parse(buffer, buffer.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void afterFromOnlyCollectionNames() {
        assertThat(complete("SELECT * FROM ")).containsExactlyInAnyOrder("films", "books");
        assertThat(complete("select * from fi")).containsExactlyInAnyOrder("films", "books");
    }

    @Test
    void dropCollectionOffersCollectionsAndIfExists() {
        assertThat(complete("DROP COLLECTION ")).containsExactlyInAnyOrder("films", "books", "IF");
    }

    @Test
    void showOffersOnlyWhatMayFollowShow() {
        List<String> offered = complete("SHOW ");
        assertThat(offered).contains("COLLECTIONS", "PARTITIONS", "INDEXES", "VERSION", "LOAD")
                .doesNotContain("films", "books", "SELECT", "id", "p2024");
    }

    @Test
    void aFilterOffersTheFieldsOfThatCollection() {
        List<String> offered = complete("SELECT * FROM films WHERE ");
        assertThat(offered).contains("id", "title", "embedding", "array_contains", "NOT")
                .doesNotContain("isbn", "author", "films", "books");
        assertThat(complete("DELETE FROM books WHERE au")).contains("author").doesNotContain("title");
        assertThat(offered).containsAll(Arrays.stream(FilterFunction.values()).map(FilterFunction::functionName)
                .toList());
    }

    @Test
    void theSelectListAndOrderByOfferFieldsOfTheCollectionNamedLater() {
        String buffer = "SELECT  FROM books";
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, reader.getParser().parse(buffer, 7, Parser.ParseContext.COMPLETE), candidates);
        assertThat(candidates.stream().map(Candidate::value)).contains("isbn", "author", "COUNT")
                .doesNotContain("title", "books");
        assertThat(complete("SELECT * FROM films ORDER BY ")).contains("title").doesNotContain("author");
    }

    @Test
    void partitionsAfterPartitionAndFieldsInsideParentheses() {
        assertThat(complete("SELECT * FROM films PARTITION ")).containsExactlyInAnyOrder("_default", "p2024");
        assertThat(complete("LOAD PARTITIONS ")).contains("p2024").doesNotContain("films");
        assertThat(complete("CREATE INDEX ON films (emb")).containsExactlyInAnyOrder("(id", "(title",
                "(embedding");
    }

    @Test
    void typesAfterAColumnNameOfCreateCollection() {
        List<String> offered = complete("CREATE COLLECTION c (id ");
        assertThat(offered).containsAll(Arrays.stream(DataType.values()).map(DataType::name).toList())
                .doesNotContain("films");
        assertThat(complete("create collection c (id int64 primary key, v fl")).contains("float_vector");
    }

    @Test
    void metaCommandArguments() throws IOException {
        assertThat(complete("\\format ")).containsExactly("table", "vertical", "csv", "tsv", "json", "jsonl",
                "markdown");
        assertThat(complete("\\d ")).containsExactlyInAnyOrder("films", "books");
        Files.writeString(directory.resolve("load.sql"), "SHOW VERSION;");
        Files.createDirectory(directory.resolve("more"));
        String prefix = directory.toString() + "/";
        assertThat(complete("\\i " + prefix)).contains(prefix + "load.sql", prefix + "more/");
    }

    @Test
    void copyCompletesQuotedPaths() throws IOException {
        Files.writeString(directory.resolve("films.csv"), "id\n1\n");
        Files.createDirectory(directory.resolve("exports"));
        String prefix = "'" + directory + "/";
        assertThat(complete("COPY films FROM " + prefix + "fi")).containsExactly(prefix + "films.csv'");
        assertThat(complete("COPY films TO " + prefix)).containsExactly(prefix + "exports/", prefix + "films.csv'");
    }

    @Test
    void namesAreCachedAndRefreshedAfterDdl() throws SQLException {
        assertThat(complete("DROP TABLE ")).doesNotContain("songs");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE COLLECTION songs DIMENSION 2");
        }
        assertThat(complete("DROP TABLE ")).as("cached until a DDL statement").doesNotContain("songs");
        names.invalidate();
        assertThat(complete("DROP TABLE ")).contains("songs");
    }

    @Test
    void nothingAfterASyntaxError() {
        assertThat(complete("SELEC * FROM ")).isEmpty();
    }
}

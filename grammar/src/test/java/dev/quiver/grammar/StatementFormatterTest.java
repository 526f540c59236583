package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ast.DropCollection;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The canonical text itself: keyword case, synonyms, prepositions, quoting. */
class StatementFormatterTest {
    private final StatementParser parser = new StatementParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flush test_collection|FLUSH test_collection",
        "flush collection a, b nowait|FLUSH a, b NOWAIT",
        "create table t (id int64 primary key auto_id, v float_vector(4))|CREATE COLLECTION t (id INT64 PRIMARY KEY AUTO_ID, v FLOAT_VECTOR(4))",
        "create partition p on c|CREATE PARTITION p IN c",
        "release partitions p in c|RELEASE PARTITION p FROM c",
        "release partition p, q on c|RELEASE PARTITIONS p, q FROM c",
        "show segments in c|SHOW SEGMENTS FROM c",
        "show index from c|SHOW INDEXES FROM c",
        "desc c|DESCRIBE COLLECTION c",
        "use database d|USE d",
        "select id from c where tsz + interval 'P1D' > iso '2025-01-01T00:00:00Z'|SELECT id FROM c WHERE tsz + INTERVAL \"P1D\" > ISO \"2025-01-01T00:00:00Z\"",
        "select id from c where st_within(geo, 'POINT (1 2)')|SELECT id FROM c WHERE st_within(geo, \"POINT (1 2)\")",
        "drop collection `my coll`|DROP COLLECTION `my coll`",
        "drop collection `a``b`|DROP COLLECTION `a``b`",
        "show collections like 'it''s\\%'|SHOW COLLECTIONS LIKE 'it''s\\\\%'",
        "select * from c where a = 1 and b <> 2|SELECT * FROM c WHERE a == 1 AND b != 2",
        "select id from c where v <-> [1, 2] < 0.5 order by v <-> [1, 2] limit 3|SELECT id FROM c WHERE distance() < 0.5 ORDER BY v <-> [1, 2] LIMIT 3",
        "select id from c where v <-> [1, 2] between 0.1 and 0.5 order by v <-> [1, 2] limit 3|SELECT id FROM c WHERE distance() >= 0.1 AND distance() < 0.5 ORDER BY v <-> [1, 2] LIMIT 3",
        "select id from c where distance() between ? and ? order by v <=> [1, 2] limit 3|SELECT id FROM c WHERE distance() > ? AND distance() <= ? ORDER BY v <=> [1, 2] LIMIT 3",
        "load collection c with ('my key' = 1, a.b = 2)|LOAD COLLECTION c WITH ('my key' = 1, a.b = 2)",
        "compact collection c|COMPACT c",
        "set timeout = 30s|SET timeout = \"30s\"",
        "alter database d set (database.max.collections = 2, `and`.x = 1)|ALTER DATABASE d SET (database.max.collections = 2, `and`.x = 1)",
    })
    void printsCanonicalText(String input, String canonical) {
        Statement statement = parser.parse(input);
        assertThat(StatementFormatter.format(statement)).isEqualTo(canonical);
        assertThat(parser.parse(canonical)).isEqualTo(statement);
    }

    @Test
    void printsTimeoutsInTheLargestExactUnit() {
        DropCollection drop = new DropCollection("c", false);
        assertThat(StatementFormatter.format(new Timed(drop, Duration.ofMillis(1500)))).isEqualTo("DROP COLLECTION c TIMEOUT 1500ms");
        assertThat(StatementFormatter.format(new Timed(drop, Duration.ofSeconds(90)))).isEqualTo("DROP COLLECTION c TIMEOUT 90s");
        assertThat(StatementFormatter.format(new Timed(drop, Duration.ofMinutes(120)))).isEqualTo("DROP COLLECTION c TIMEOUT 2h");
        assertThat(StatementFormatter.format(new Timed(drop, Duration.ZERO))).isEqualTo("DROP COLLECTION c TIMEOUT 0s");
    }

    @Test
    void quotesNamesThatAreKeywordsOrNotPlain() {
        assertThat(StatementFormatter.formatName("films")).isEqualTo("films");
        assertThat(StatementFormatter.formatName("Load")).isEqualTo("`Load`");
        assertThat(StatementFormatter.formatName("two words")).isEqualTo("`two words`");
        assertThat(StatementFormatter.formatName("9lives")).isEqualTo("`9lives`");
    }
}

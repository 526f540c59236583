package dev.quiver.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionTargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:milvus://db:19530/books?tls=true | jdbc:milvus://db:19530/books?tls=true",
        "jdbc:milvus:mem:                      | jdbc:milvus:mem:",
        "jdbc:milvus:file:./data               | jdbc:milvus:file:./data",
        "http://localhost:19530                | jdbc:milvus://localhost:19530",
        "https://in01.zillizcloud.com:443      | jdbc:milvus://in01.zillizcloud.com:443?tls=true",
        "localhost:19530                       | jdbc:milvus://localhost:19530",
        "milvus                                | jdbc:milvus://milvus",
    })
    void urlsAndShorthandsBecomeJdbcUrls(String typed, String url) {
        assertThat(ConnectionTarget.normalize(typed)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource({"jdbc:postgresql://x/y", "ftp://host:21", "./data", "host:port"})
    void otherTextIsRejectedWithTheFormsThatWork(String typed) {
        assertThatThrownBy(() -> ConnectionTarget.normalize(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Milvus URL: '" + typed + "'; expected jdbc:milvus://host:port[/database], "
                        + "jdbc:milvus:mem:, jdbc:milvus:file:DIR, http://host:port or host:port");
    }

    @Test
    void theArgumentWinsOverQuiverUrlWhichWinsOverMilvusUriWhichWinsOverTheDefault() {
        Map<String, String> all = Map.of("QUIVER_URL", "jdbc:milvus:mem:q", "MILVUS_URI", "http://m:1");
        assertThat(ConnectionTarget.resolve("jdbc:milvus:mem:a", all::get))
                .isEqualTo(new ConnectionTarget("jdbc:milvus:mem:a", false));
        assertThat(ConnectionTarget.resolve(null, all::get)).isEqualTo(new ConnectionTarget("jdbc:milvus:mem:q", false));
        assertThat(ConnectionTarget.resolve(null, Map.of("MILVUS_URI", "http://m:1")::get))
                .isEqualTo(new ConnectionTarget("jdbc:milvus://m:1", false));
        assertThat(ConnectionTarget.resolve(null, Map.<String, String>of()::get))
                .isEqualTo(new ConnectionTarget("jdbc:milvus:mem:", true));
    }

    @Test
    void secretsAreHiddenInMessages() {
        assertThat(ConnectionTarget.redact("jdbc:milvus://h?user=u&password=p4ss&token=abc&tls=true"))
                .isEqualTo("jdbc:milvus://h?user=u&password=***&token=***&tls=true");
    }
}
